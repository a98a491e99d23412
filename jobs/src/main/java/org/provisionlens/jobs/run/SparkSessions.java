package org.provisionlens.jobs.run;

import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one Spark session of a run. The master is never hard-coded: under {@code spark-submit} it is whatever
 * the cluster says; run directly, it is {@code local[*]}.
 */
public final class SparkSessions {

    private SparkSessions() {}

    public static SparkSession forRun(Path home) {
        SparkConf conf = new SparkConf().setAppName("provision-lens-review-run");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]")
                    .set("spark.sql.shuffle.partitions", "4")
                    .set("spark.local.dir", home.resolve("var").resolve("spark").toString());
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        // lower() of ASCII tokens (NA, n/a, codes) needs no ICU case mapping; ICU's tables take seconds to build
        conf.setIfMissing("spark.sql.icu.caseMappings.enabled", "false");
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
