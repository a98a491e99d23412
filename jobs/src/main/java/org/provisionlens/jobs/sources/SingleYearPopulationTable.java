package org.provisionlens.jobs.sources;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.Values;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * ONS mid-year population estimates by single year of age, one row per area and sex (Persons, Females, Males), ages 0
 * to 90+: the shape Trafford Data Lab publishes for LSOAs ({@link #LSOA}) and for local authorities
 * ({@link #LOCAL_AUTHORITY}). The run keeps the Persons rows for ages 0 to 25, the ages the Local Offer covers.
 */
public final class SingleYearPopulationTable {

    public static final int OLDEST_AGE = 25;

    static final String PERIOD = "period";
    static final String AREA_CODE = "area_code";
    static final String AREA_NAME = "area_name";
    static final String GEOGRAPHY = "geography";
    static final String SEX = "sex";
    static final String PERSONS = "Persons";

    /** LSOAs (format {@code ons-lsoa-population-csv}); the {@code geography} column is not required. */
    public static final SingleYearPopulationTable LSOA =
            new SingleYearPopulationTable(LsoaPopulationTable.FORMAT, "LSOA", false);

    /** Local authorities (format {@code ons-la-population-csv}); every row's {@code geography} must say so. */
    public static final SingleYearPopulationTable LOCAL_AUTHORITY =
            new SingleYearPopulationTable(LaPopulationTable.FORMAT, LaPopulationTable.GEOGRAPHY, true);

    private final String format;
    private final String geography;
    private final boolean checksGeography;

    private SingleYearPopulationTable(String format, String geography, boolean checksGeography) {
        this.format = Objects.requireNonNull(format);
        this.geography = Objects.requireNonNull(geography);
        this.checksGeography = checksGeography;
    }

    public String format() {
        return format;
    }

    /** The geography of the areas, as the {@code area_population.geography} column records it. */
    public String geography() {
        return geography;
    }

    public IngestedInput ingest(SparkSession spark, InputSpec spec) {
        List<String> columns = new ArrayList<>(List.of(PERIOD, AREA_CODE, AREA_NAME, SEX));
        List<FieldCheck> checks = new ArrayList<>(
                List.of(FieldCheck.required(PERIOD), FieldCheck.required(AREA_CODE), FieldCheck.required(SEX)));
        if (checksGeography) {
            columns.add(GEOGRAPHY);
            checks.add(new FieldCheck(
                    GEOGRAPHY,
                    FieldCheck.missing(GEOGRAPHY).or(trim(col(GEOGRAPHY)).notEqual(geography)),
                    "expected the geography '" + geography + "' (a " + format + " file has one row per "
                            + geography.toLowerCase(Locale.ROOT) + " and sex)"));
        }
        for (int age = 0; age <= OLDEST_AGE; age++) {
            columns.add(String.valueOf(age));
            checks.add(FieldCheck.wholeNumber(String.valueOf(age)));
        }
        return CsvInput.read(spark, spec, columns, checks);
    }

    /** Persons of each age 0-25 in each area, in file order. */
    public List<AreaPopulation> childrenAndYoungPeople(IngestedInput table) {
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
    public String estimateYear(IngestedInput table) {
        Row first = table.accepted().select(col(PERIOD)).first();
        String period = Values.textOrNull(first, PERIOD);
        return period != null && period.length() >= 4 ? "mid-" + period.substring(0, 4) : period;
    }
}
