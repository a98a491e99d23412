package org.provisionlens.jobs.sources;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * ONS mid-year population estimates by single year of age for each LSOA (format {@code ons-lsoa-population-csv}, as
 * Trafford Data Lab publishes them): one row per LSOA and sex (Persons, Females, Males), ages 0 to 90+. The run keeps
 * the Persons rows for ages 0 to 25, the ages the Local Offer covers.
 */
public final class LsoaPopulationTable {

    public static final String FORMAT = "ons-lsoa-population-csv";
    public static final int OLDEST_AGE = 25;

    static final String PERIOD = "period";
    static final String AREA_CODE = "area_code";
    static final String AREA_NAME = "area_name";
    static final String SEX = "sex";
    static final String PERSONS = "Persons";

    private LsoaPopulationTable() {}

    public static IngestedInput ingest(SparkSession spark, InputSpec spec) {
        List<String> columns = new ArrayList<>(List.of(PERIOD, AREA_CODE, AREA_NAME, SEX));
        List<FieldCheck> checks = new ArrayList<>(
                List.of(FieldCheck.required(PERIOD), FieldCheck.required(AREA_CODE), FieldCheck.required(SEX)));
        for (int age = 0; age <= OLDEST_AGE; age++) {
            columns.add(String.valueOf(age));
            checks.add(FieldCheck.wholeNumber(String.valueOf(age)));
        }
        return CsvInput.read(spark, spec, columns, checks);
    }

    /** Persons of each age 0-25 in each area, in file order. */
    public static List<AreaPopulation> childrenAndYoungPeople(IngestedInput table) {
        List<Row> rows = table.accepted()
                .filter(trim(col(SEX)).equalTo(PERSONS))
                .orderBy(col(CsvInput.LINE))
                .collectAsList();
        List<AreaPopulation> population = new ArrayList<>();
        for (Row row : rows) {
            IntStream.rangeClosed(0, OLDEST_AGE)
                    .forEach(age -> population.add(new AreaPopulation(
                            Values.textOrNull(row, AREA_CODE),
                            Values.textOrNull(row, AREA_NAME),
                            age,
                            Values.integerOrNull(row, String.valueOf(age)))));
        }
        return population;
    }

    /** The mid-year the estimates are for, e.g. "mid-2024" for period 2024-06-30. */
    public static String estimateYear(IngestedInput table) {
        Row first = table.accepted().select(col(PERIOD)).first();
        String period = Values.textOrNull(first, PERIOD);
        return period != null && period.length() >= 4 ? "mid-" + period.substring(0, 4) : period;
    }
}
