package org.provisionlens.jobs;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** A small local Spark session for one test class: two cores, no UI, few shuffle partitions. */
public final class SparkTestSession {

    private SparkTestSession() {}

    public static SparkSession start() {
        return SparkSession.builder()
                .appName("provision-lens-tests")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config(
                        "spark.local.dir",
                        Path.of("target", "spark-tmp").toAbsolutePath().toString())
                .getOrCreate();
    }

    /** The demo manifest shipped with the project (jobs/demo-data). */
    public static Path demoManifest() {
        return Path.of("demo-data", "trafford-review.json").toAbsolutePath();
    }
}
