package org.provisionlens.jobs;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.db.DatabaseSettings;
import org.provisionlens.db.PlatformDatabase;
import org.provisionlens.jobs.manifest.ManifestException;
import org.provisionlens.jobs.manifest.RunManifest;
import org.provisionlens.jobs.run.ReviewRun;
import org.provisionlens.jobs.run.RunOutcome;
import org.provisionlens.jobs.run.SparkSessions;

/**
 * The jobs' command line.
 *
 * <pre>
 *   run &lt;manifest.json&gt;   one review run: ingest, conform, assess, publish
 * </pre>
 *
 * The database is {@code PROVISION_LENS_DB_URL} (with {@code _USER}, {@code _PASSWORD}) or the embedded PostgreSQL in
 * {@code <home>/var/pg}, where home is the system property {@code provision-lens.home} or the working directory.
 */
public final class ProvisionLensJobs {

    private ProvisionLensJobs() {}

    public static void main(String[] args) {
        if (args.length != 2 || !"run".equals(args[0])) {
            System.err.println("Usage: provision-lens-jobs run <manifest.json>");
            System.exit(RunOutcome.BAD_INPUT);
        }
        System.exit(run(Path.of(args[1])));
    }

    static int run(Path manifestFile) {
        RunManifest manifest;
        try {
            manifest = RunManifest.read(manifestFile);
        } catch (ManifestException e) {
            System.err.println(e.getMessage());
            return RunOutcome.BAD_INPUT;
        }
        Path home = Path.of(System.getProperty("provision-lens.home", "."))
                .toAbsolutePath()
                .normalize();
        try (PlatformDatabase database =
                PlatformDatabase.open(DatabaseSettings.fromEnvironment(System.getenv(), home))) {
            SparkSession spark = SparkSessions.forRun(home);
            try {
                RunOutcome outcome = new ReviewRun(spark, database.dataSource(), System.out).run(manifest);
                (outcome.exitStatus() == RunOutcome.PUBLISHED ? System.out : System.err)
                        .println("Review run " + outcome.runId() + ": " + outcome.message());
                return outcome.exitStatus();
            } finally {
                spark.stop();
            }
        }
    }
}
