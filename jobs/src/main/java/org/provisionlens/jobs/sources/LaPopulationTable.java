package org.provisionlens.jobs.sources;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * ONS mid-year population estimates by single year of age for whole local authorities (format
 * {@code ons-la-population-csv}): the LSOA file's shape, with {@code geography} "Local authority" on every row (a row of
 * another geography is quarantined). See {@link SingleYearPopulationTable#LOCAL_AUTHORITY}.
 */
public final class LaPopulationTable {

    public static final String FORMAT = "ons-la-population-csv";
    public static final String GEOGRAPHY = "Local authority";
    public static final int OLDEST_AGE = SingleYearPopulationTable.OLDEST_AGE;

    private static final SingleYearPopulationTable TABLE = SingleYearPopulationTable.LOCAL_AUTHORITY;

    private LaPopulationTable() {}

    public static IngestedInput ingest(SparkSession spark, InputSpec spec) {
        return TABLE.ingest(spark, spec);
    }

    /** Persons of each age 0-25 in each local authority, in file order. */
    public static List<AreaPopulation> childrenAndYoungPeople(IngestedInput table) {
        return TABLE.childrenAndYoungPeople(table);
    }

    /** The mid-year the estimates are for, e.g. "mid-2024" for period 2024-06-30. */
    public static String estimateYear(IngestedInput table) {
        return TABLE.estimateYear(table);
    }
}
