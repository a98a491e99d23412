package org.provisionlens.jobs.sources;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * ONS mid-year population estimates by single year of age for each LSOA (format {@code ons-lsoa-population-csv}, as
 * Trafford Data Lab publishes them): one row per LSOA and sex (Persons, Females, Males), ages 0 to 90+. The run keeps
 * the Persons rows for ages 0 to 25, the ages the Local Offer covers. See {@link SingleYearPopulationTable#LSOA}.
 */
public final class LsoaPopulationTable {

    public static final String FORMAT = "ons-lsoa-population-csv";
    public static final int OLDEST_AGE = SingleYearPopulationTable.OLDEST_AGE;

    private static final SingleYearPopulationTable TABLE = SingleYearPopulationTable.LSOA;

    private LsoaPopulationTable() {}

    public static IngestedInput ingest(SparkSession spark, InputSpec spec) {
        return TABLE.ingest(spark, spec);
    }

    /** Persons of each age 0-25 in each area, in file order. */
    public static List<AreaPopulation> childrenAndYoungPeople(IngestedInput table) {
        return TABLE.childrenAndYoungPeople(table);
    }

    /** The mid-year the estimates are for, e.g. "mid-2024" for period 2024-06-30. */
    public static String estimateYear(IngestedInput table) {
        return TABLE.estimateYear(table);
    }
}
