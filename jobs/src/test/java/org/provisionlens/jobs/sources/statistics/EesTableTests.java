package org.provisionlens.jobs.sources.statistics;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.manifest.InputSpec;

class EesTableTests {

    /**
     * Rows of DfE's 2025 EHC plans release (shared/data/dfe-ehc-plans-2025), committed with the demo: lines kept byte
     * for byte, with the header and its byte-order mark (see demo-data/ATTRIBUTION.md).
     */
    private static final Path RELEASE = Path.of("demo-data/dfe");

    private static final String NUMBER_REASON =
            "expected a number (e.g. 12 or 39.2) or a DfE suppression marker (c, x, z, low, u)";
    private static final String ALL_PLANS = "breakdown_topic=All EHC plans;breakdown=All EHC plans";

    private static SparkSession spark;

    @TempDir
    static Path folder;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static InputSpec spec(Path path) {
        return new InputSpec("ehcPlans", EesTable.FORMAT, path);
    }

    /**
     * A school-census-like file: a BOM, a text filter known by name (phase_type), one found by its values
     * (school_type_group), a filter that looks numeric (nc_year), two indicators; lines 6-9 broken.
     */
    private static Path fixture() throws IOException {
        Path file = folder.resolve("sen_by_phase.csv");
        String country = ",Academic year,%s,E92000001,England,";
        Files.writeString(
                file,
                "\uFEFFtime_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
                        + "new_la_code,old_la_code,la_name,phase_type,school_type_group,nc_year,pupils,percent\n"
                        + "202425" + country.formatted("National") + ",,,,,Total,All schools,Total,434354,4.8\n"
                        + "202425" + country.formatted("Regional") + "E12000002,North West,,,,Total,All schools,Total,"
                        + "62141,5.1\n"
                        + "202425" + country.formatted("Local authority")
                        + "E12000002,North West,E08000009,358,Trafford,Primary,State-funded,5,1900,5.1\n"
                        + "202425" + country.formatted("Local authority")
                        + "E12000009,South West,E06000058,839,\"Bournemouth, Christchurch and Poole\",Primary,"
                        + "State-funded,6,c,x\n"
                        + country.formatted("Local authority")
                        + "E12000002,North West,E08000009,358,Trafford,Primary,State-funded,7,120,2.0\n"
                        + "202425" + country.formatted("Local authority")
                        + "E12000002,North West,E08000009,358,Trafford,Secondary,State-funded,8,lots,4.1\n"
                        + "\n"
                        + "202425" + country.formatted("Local authority")
                        + "E12000002,North West,,,,Secondary,State-funded,9,12,\n"
                        + "202425" + country.formatted("Local authority district")
                        + "E12000002,North West,E08000009,358,Trafford,Total,All schools,Total,3100,5.0\n",
                StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> quarantine(IngestedInput input) {
        return input.quarantine().orderBy("line", "field", "reason").collectAsList().stream()
                .map(row -> row.getLong(2) + " " + row.getString(3) + " [" + row.getString(4) + "] " + row.getString(5))
                .toList();
    }

    private static List<String> longFormLines(IngestedInput input) {
        return EesTable.longForm(input).collectAsList().stream()
                .map(row -> String.join(
                        " | ",
                        row.getString(0),
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.isNullAt(5)
                                ? "null"
                                : row.getDecimal(5).stripTrailingZeros().toPlainString(),
                        String.valueOf(row.getString(6))))
                .toList();
    }

    @Test
    void quarantinesWrongCellsByFieldAndKeepsTheRest() throws IOException {
        IngestedInput table = EesTable.ingest(spark, spec(fixture()), Set.of("nc_year"));

        assertThat(table.rowsRead()).isEqualTo(9);
        assertThat(table.rowsAccepted()).isEqualTo(5);
        assertThat(table.rowsQuarantined()).isEqualTo(4);
        assertThat(quarantine(table))
                .containsExactly(
                        "6 time_period [null] a value is required",
                        "7 pupils [lots] " + NUMBER_REASON,
                        "8 (line) [] blank line",
                        "8 geographic_level [null] a value is required",
                        "8 geographic_level [null] " + EesTable.AREA_REASON,
                        "8 percent [null] " + NUMBER_REASON,
                        "8 pupils [null] " + NUMBER_REASON,
                        "8 time_period [null] a value is required",
                        "9 geographic_level [Local authority] " + EesTable.AREA_REASON,
                        "9 percent [null] " + NUMBER_REASON);
    }

    @Test
    void decidesFiltersByNameByValuesAndByTheManifest() throws IOException {
        IngestedInput listed = EesTable.ingest(spark, spec(fixture()), Set.of("nc_year"));
        EesColumns columns = EesTable.columns(listed);
        assertThat(columns.time()).containsExactly("time_period", "time_identifier", "geographic_level");
        assertThat(columns.geography())
                .containsExactly(
                        "country_code",
                        "country_name",
                        "region_code",
                        "region_name",
                        "new_la_code",
                        "old_la_code",
                        "la_name");
        assertThat(columns.filters()).containsExactly("phase_type", "school_type_group", "nc_year");
        assertThat(columns.indicators()).containsExactly("pupils", "percent");

        // Not listed, nc_year's numbers (5-9) outnumber its words (Total, 3 times): an indicator with 3 wrong cells
        IngestedInput unlisted = EesTable.ingest(spark, spec(fixture()));
        assertThat(EesTable.columns(unlisted).indicators()).containsExactly("nc_year", "pupils", "percent");
        assertThat(quarantine(unlisted))
                .contains("2 nc_year [Total] " + NUMBER_REASON, "10 nc_year [Total] " + NUMBER_REASON);
        assertThat(unlisted.rowsAccepted()).isEqualTo(2);
    }

    @Test
    void aSmallFileReadInTheDriverGivesTheRolesRowsAndQuarantineSparksReaderGives() throws IOException {
        Path file = fixture();
        IngestedInput inDriver = EesTable.ingest(spark, spec(file));
        System.setProperty(CsvInput.DRIVER_READ_PROPERTY, "0");
        IngestedInput bySpark;
        try {
            bySpark = EesTable.ingest(spark, spec(file));
        } finally {
            System.clearProperty(CsvInput.DRIVER_READ_PROPERTY);
        }
        assertThat(inDriver.quarantineInDriver()).isNotNull();
        assertThat(bySpark.quarantineInDriver()).isNull();
        for (IngestedInput table : List.of(inDriver, bySpark)) {
            // nc_year not listed: its numbers outnumber its words, so it is an indicator (as in the test above)
            assertThat(EesTable.columns(table).filters()).containsExactly("phase_type", "school_type_group");
            assertThat(EesTable.columns(table).indicators()).containsExactly("nc_year", "pupils", "percent");
            assertThat(table.rowsRead()).isEqualTo(table.rowsAccepted() + table.rowsQuarantined());
        }
        assertThat(inDriver.rowsRead()).isEqualTo(bySpark.rowsRead());
        assertThat(inDriver.rowsAccepted()).isEqualTo(bySpark.rowsAccepted());
        assertThat(inDriver.accepted().schema()).isEqualTo(bySpark.accepted().schema());
        assertThat(quarantine(inDriver)).isEqualTo(quarantine(bySpark)).contains("2 nc_year [Total] " + NUMBER_REASON);
        assertThat(inDriver.quarantineEntries()).isEqualTo(bySpark.quarantineEntries());
        assertThat(longFormLines(inDriver))
                .hasSize(longFormLines(bySpark).size())
                .containsExactlyInAnyOrderElementsOf(longFormLines(bySpark));
    }

    @Test
    void turnsRowsIntoOneRowPerIndicatorWithFiltersAreaAndSuppressionMarkers() throws IOException {
        IngestedInput table = EesTable.ingest(spark, spec(fixture()), Set.of("nc_year"));
        Dataset<Row> longForm = EesTable.longForm(table);

        assertThat(longForm.columns()).containsExactlyElementsOf(EesColumns.LONG_FORM);
        assertThat(longFormLines(table))
                .containsExactly(
                        "202425 | National | E92000001 | phase_type=Total;school_type_group=All schools;nc_year=Total"
                                + " | pupils | 434354 | null",
                        "202425 | National | E92000001 | phase_type=Total;school_type_group=All schools;nc_year=Total"
                                + " | percent | 4.8 | null",
                        "202425 | Regional | E12000002 | phase_type=Total;school_type_group=All schools;nc_year=Total"
                                + " | pupils | 62141 | null",
                        "202425 | Regional | E12000002 | phase_type=Total;school_type_group=All schools;nc_year=Total"
                                + " | percent | 5.1 | null",
                        "202425 | Local authority | E08000009 | phase_type=Primary;school_type_group=State-funded;"
                                + "nc_year=5 | pupils | 1900 | null",
                        "202425 | Local authority | E08000009 | phase_type=Primary;school_type_group=State-funded;"
                                + "nc_year=5 | percent | 5.1 | null",
                        "202425 | Local authority | E06000058 | phase_type=Primary;school_type_group=State-funded;"
                                + "nc_year=6 | pupils | null | c",
                        "202425 | Local authority | E06000058 | phase_type=Primary;school_type_group=State-funded;"
                                + "nc_year=6 | percent | null | x",
                        // a level whose code column the file lacks (lad_code): the most specific code present
                        "202425 | Local authority district | E08000009 | phase_type=Total;school_type_group=All"
                                + " schools;nc_year=Total | pupils | 3100 | null",
                        "202425 | Local authority district | E08000009 | phase_type=Total;school_type_group=All"
                                + " schools;nc_year=Total | percent | 5 | null");
    }

    @Test
    void readsTheRealCaseloadFileWhole() {
        Path caseload = RELEASE.resolve("caseload_all_plans_by_la_and_trafford.csv");
        IngestedInput table = EesTable.ingest(spark, spec(caseload));

        // 1,371 lines: the header and 1,370 rows (every Trafford and England row, every LA's all-plans row), none wrong
        assertThat(table.rowsRead()).isEqualTo(1_370);
        assertThat(table.rowsQuarantined()).isZero();
        EesColumns columns = EesTable.columns(table);
        assertThat(columns.time()).first().isEqualTo("time_period"); // the byte-order mark is not part of the name
        assertThat(columns.filters()).containsExactly("breakdown_topic", "breakdown");
        assertThat(columns.indicators()).hasSize(48).startsWith("ehcplans", "mainstream_la_maintained");

        // A quoted LA name with a comma stays whole and shifts no column
        assertThat(table.accepted()
                        .filter(col("new_la_code").equalTo("E06000058"))
                        .select("la_name")
                        .distinct()
                        .collectAsList())
                .extracting(row -> row.getString(0))
                .containsExactly("Bournemouth, Christchurch and Poole");

        Dataset<Row> longForm = EesTable.longForm(table).cache();
        // every row gives one row per indicator
        List<Row> perIndicator = longForm.groupBy("indicator").count().collectAsList();
        assertThat(perIndicator).hasSize(48);
        assertThat(perIndicator).allSatisfy(row -> assertThat(row.getLong(1)).isEqualTo(1_370));

        Dataset<Row> allPlans = longForm.filter(col("filters").equalTo(ALL_PLANS));
        // first data row: 201819, National, England, ehcplans 353995
        assertThat(value(allPlans, "201819", "E92000001", "ehcplans")).isEqualByComparingTo("353995");
        // Trafford, January 2025 (line 1191)
        assertThat(value(allPlans, "202425", "E08000009", "ehcplans")).isEqualByComparingTo("3143");
        assertThat(value(allPlans, "202425", "E08000009", "special_total")).isEqualByComparingTo("962");
        assertThat(value(allPlans, "202425", "E08000009", "mainstream_total_pc"))
                .isEqualByComparingTo("42.9");
        // BCP 2019/20: 2448 plans
        assertThat(value(allPlans, "201920", "E06000058", "ehcplans")).isEqualByComparingTo("2448");
        // Trafford's await_prov_2022 is "x": suppressed, not zero
        Row awaiting = cell(allPlans, "202425", "E08000009", "await_prov_2022");
        assertThat(awaiting.isNullAt(5)).isTrue();
        assertThat(awaiting.getString(6)).isEqualTo("x");
        longForm.unpersist();
    }

    @Test
    void readsAnotherReleaseTableWithPercentagesTheSameWay() {
        Path needs = RELEASE.resolve("sen_needs_all_plans_trafford.csv");
        IngestedInput table = EesTable.ingest(spark, spec(needs));

        // 83 lines: the header and Trafford's 82 rows
        assertThat(table.rowsRead()).isEqualTo(82);
        assertThat(table.rowsQuarantined()).isZero();
        Dataset<Row> allPlans = EesTable.longForm(table).filter(col("filters").equalTo(ALL_PLANS));
        // Trafford, 202425, all plans: 3143 plans, 709 with autism as primary need, 22.6%
        assertThat(value(allPlans, "202425", "E08000009", "ehc_plans")).isEqualByComparingTo("3143");
        assertThat(value(allPlans, "202425", "E08000009", "number_asd")).isEqualByComparingTo("709");
        assertThat(value(allPlans, "202425", "E08000009", "asd_pc")).isEqualByComparingTo("22.6");
    }

    private static Row cell(Dataset<Row> longForm, String timePeriod, String area, String indicator) {
        List<Row> rows = longForm.filter(col("time_period")
                        .equalTo(timePeriod)
                        .and(col("area_code").equalTo(area))
                        .and(col("indicator").equalTo(indicator)))
                .collectAsList();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static BigDecimal value(Dataset<Row> longForm, String timePeriod, String area, String indicator) {
        return cell(longForm, timePeriod, area, indicator).getDecimal(5);
    }
}
