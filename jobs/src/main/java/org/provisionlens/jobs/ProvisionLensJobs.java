package org.provisionlens.jobs;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.db.DatabaseSettings;
import org.provisionlens.db.PlatformDatabase;
import org.provisionlens.jobs.export.ExportCommand;
import org.provisionlens.jobs.generate.GenerateCommand;
import org.provisionlens.jobs.manifest.ManifestException;
import org.provisionlens.jobs.manifest.RunManifest;
import org.provisionlens.jobs.run.ReviewRun;
import org.provisionlens.jobs.run.RunOutcome;
import org.provisionlens.jobs.run.SparkSessions;
import org.provisionlens.jobs.validate.ValidateCommand;

/**
 * The jobs' command line.
 *
 * <pre>
 *   run &lt;manifest.json&gt;        one review run: ingest, conform, assess, publish
 *   validate &lt;manifest.json&gt;   check every input, print the reconciliation, write the quarantine; publish nothing
 *   validate --format F --file P   the same for one file
 *   generate --la CODE|--all-england --out FOLDER [--seed N] [--broken-share S]   a calibrated synthetic dataset
 *   export --table T [--la CODE | --run N] [--out FILE]   a table of a published run as CSV
 *   anonymise --in F --out G / theme --in F --out G   anonymise or theme a CSV of comments (id,text)
 * </pre>
 *
 * The database is {@code PROVISION_LENS_DB_URL} (with {@code _USER}, {@code _PASSWORD}) or the embedded PostgreSQL in
 * {@code <home>/var/pg}, where home is the system property {@code provision-lens.home} or the working directory.
 */
public final class ProvisionLensJobs {

    private static final String USAGE =
            "Usage:\n  run <manifest.json>\n  " + ValidateCommand.USAGE.replace("\n", "\n  ");

    private ProvisionLensJobs() {}

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        String command = arguments.isEmpty() ? "" : arguments.get(0);
        List<String> rest = arguments.isEmpty() ? List.of() : arguments.subList(1, arguments.size());
        Path home = Path.of(System.getProperty("provision-lens.home", "."))
                .toAbsolutePath()
                .normalize();
        int status = switch (command) {
            case "run" -> rest.size() == 1 ? run(Path.of(rest.get(0)), home) : usage();
            case "validate" -> withSpark(home, spark -> new ValidateCommand(spark, System.out, System.err).run(rest));
            case "generate" -> GenerateCommand.run(arguments, System.out);
            case "export" ->
                withDatabase(
                        home, database -> new ExportCommand(database.dataSource(), System.out, System.err).run(rest));
            default -> usage();
        };
        System.exit(status);
    }

    private static int usage() {
        System.err.println(USAGE);
        return RunOutcome.BAD_INPUT;
    }

    static int run(Path manifestFile, Path home) {
        RunManifest manifest;
        try {
            manifest = RunManifest.read(manifestFile);
        } catch (ManifestException e) {
            System.err.println(e.getMessage());
            return RunOutcome.BAD_INPUT;
        }
        try (PlatformDatabase database =
                PlatformDatabase.open(DatabaseSettings.fromEnvironment(System.getenv(), home))) {
            return withSpark(home, spark -> {
                RunOutcome outcome = new ReviewRun(spark, database.dataSource(), System.out).run(manifest);
                (outcome.exitStatus() == RunOutcome.PUBLISHED ? System.out : System.err)
                        .println((outcome.runId() == null ? "" : "Review run " + outcome.runId() + ": ")
                                + outcome.message());
                return outcome.exitStatus();
            });
        }
    }

    private static int withDatabase(Path home, java.util.function.ToIntFunction<PlatformDatabase> work) {
        try (PlatformDatabase database =
                PlatformDatabase.open(DatabaseSettings.fromEnvironment(System.getenv(), home))) {
            return work.applyAsInt(database);
        }
    }

    private static int withSpark(Path home, java.util.function.ToIntFunction<SparkSession> work) {
        SparkSession spark = SparkSessions.forRun(home);
        try {
            return work.applyAsInt(spark);
        } finally {
            spark.stop();
        }
    }
}
