package org.provisionlens.jobs;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.db.DatabaseSettings;
import org.provisionlens.db.PlatformDatabase;
import org.provisionlens.jobs.exit.ExitCode;
import org.provisionlens.jobs.run.SparkSessions;
import scala.Option;

/**
 * Where a command runs: the streams it prints to, the environment its database settings are read from
 * ({@code PROVISION_LENS_DB_URL} and the rest, see {@link DatabaseSettings#fromEnvironment}), and the home folder (the
 * embedded database lives in {@code <home>/var/pg}, Spark's scratch files in {@code <home>/var/spark}).
 */
public record Launch(PrintStream out, PrintStream err, Map<String, String> environment, Path home) {

    public Launch {
        environment = Map.copyOf(environment);
        home = home.toAbsolutePath().normalize();
    }

    /**
     * This process: standard output and error, its environment, and home the system property
     * {@code provision-lens.home} or else the working directory.
     */
    public static Launch ofThisProcess() {
        return new Launch(
                System.out, System.err, System.getenv(), Path.of(System.getProperty("provision-lens.home", ".")));
    }

    /** Opens the platform database (starting the embedded one if needed), does the work, and closes it. */
    ExitCode withDatabase(Function<PlatformDatabase, ExitCode> work) {
        try (PlatformDatabase database = PlatformDatabase.open(DatabaseSettings.fromEnvironment(environment, home))) {
            return work.apply(database);
        }
    }

    /**
     * Does the work with a Spark session: the one this JVM already has (a notebook's, a test's), left running, or else
     * one built for the command (see {@link SparkSessions#forRun}) and stopped afterwards.
     */
    ExitCode withSpark(Function<SparkSession, ExitCode> work) {
        Option<SparkSession> running = SparkSession.getDefaultSession();
        SparkSession spark = running.isDefined() ? running.get() : SparkSessions.forRun(home);
        try {
            return work.apply(spark);
        } finally {
            if (running.isEmpty()) {
                spark.stop();
            }
        }
    }
}
