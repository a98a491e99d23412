package org.provisionlens.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.manifest.InputSpec;

class ChildRecordsTableTests {

    private static final Path WITH_PROBLEMS =
            Path.of("src/test/resources/fixtures/sources/child-records-with-problems.csv");

    private static SparkSession spark;

    @TempDir
    Path folder;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static InputSpec spec(Path file) {
        return new InputSpec("children", ChildRecordsTable.FORMAT, file);
    }

    private static List<String> quarantine(IngestedInput input) {
        return input.quarantine().orderBy("line", "field", "reason").collectAsList().stream()
                .map(row -> row.getLong(2) + " " + row.getString(3) + " [" + row.getString(4) + "] " + row.getString(5))
                .toList();
    }

    private static List<String> conformed(Dataset<Row> rows) {
        return rows.orderBy("pseudonymous_id").collectAsList().stream()
                .map(row -> Arrays.toString(java.util.stream.IntStream.range(0, row.size())
                        .mapToObj(row::get)
                        .toArray()))
                .toList();
    }

    @Test
    void quarantinesOneRowPerKindOfDefectAndDetectsDuplicateIdsInSpark() {
        IngestedInput input = ChildRecordsTable.ingest(spark, spec(WITH_PROBLEMS), 2025);

        // lines 2-20: accepted 2, 3 and 19; one defect on each other line
        assertThat(input.rowsRead()).isEqualTo(19);
        assertThat(input.rowsAccepted()).isEqualTo(3);
        assertThat(input.rowsQuarantined()).isEqualTo(16);
        assertThat(quarantine(input))
                .containsExactly(
                        "4 pseudonymous_id [C0001] duplicate pseudonymous_id (first on line 2)",
                        "5 pseudonymous_id [C1] expected 4 to 64 letters, digits, '-' or '_'",
                        "6 pseudonymous_id [null] a value is required",
                        "7 lsoa_code [E0100610] expected an LSOA code: E01 or W01 and 6 digits, e.g. E01006100",
                        "8 postcode_district [M33] a full postcode: only the postcode district (the part before the"
                                + " space, e.g. M33) may be exported",
                        "9 postcode_district [Sale] expected a postcode district (outward code) such as M33 or WA15",
                        "10 lsoa_code [null] an lsoa_code or a postcode_district is required",
                        "11 age [26] expected a whole number from 0 to 25, or NA for not known",
                        "12 birth_year [1990] expected a birth year from 2000 to 2025 (ages 0 to 25 in 2025)",
                        "13 age [NA] an age or a birth_year is required",
                        "14 primary_need [autism] expected a DfE primary need code: ASD, HI, MLD, MSI, OTH, PD, PMLD,"
                                + " SEMH, SLCN, SLD, SPLD, VI, NSA, UNKNOWN",
                        "15 support_level [maybe] expected K (SEN support) or E (EHC plan)",
                        "16 plan_or_referral_date [2025-13-01] expected a date as yyyy-mm-dd or dd/mm/yyyy, or NA for"
                                + " not known",
                        "17 waiting_since [2026-01-05] a date after the reference date 2025-12-31: it cannot be in the"
                                + " future",
                        "18 waiting_since [2025-04-01] expected waiting_since to be on or after plan_or_referral_date",
                        "20 primary_need [null] a value is required");
    }

    @Test
    void noFullPostcodeIsStoredAnywhereInTheQuarantine() {
        IngestedInput input = ChildRecordsTable.ingest(spark, spec(WITH_PROBLEMS), 2025);

        assertThat(input.quarantine().filter("value like '%7XX%'").count()).isZero();
    }

    @Test
    void conformsAcceptedRowsToTheColumnsOfTheChildRecordTable() {
        Dataset<Row> records = ChildRecordsTable.conform(ChildRecordsTable.ingest(spark, spec(WITH_PROBLEMS), 2025));

        assertThat(records.schema().toDDL())
                .isEqualTo("pseudonymous_id STRING,lsoa_code STRING,postcode_district STRING,age INT,"
                        + "primary_need STRING,support_level STRING,setting STRING,plan_or_referral_date DATE,"
                        + "waiting_since DATE");
        // c-0002: age 2025 - 2012 = 13; need " slcn " read as SLCN; "EHC plan" as EHC_PLAN; 15/09/2024 as a date
        assertThat(conformed(records))
                .containsExactly(
                        "[C0001, E01006100, M33, 7, ASD, SEN_SUPPORT, 106391, 2025-01-10, 2025-03-01]",
                        "[X_0019, W01000001, M41, 0, NSA, SEN_SUPPORT, null, null, null]",
                        "[c-0002, null, WA15, 13, SLCN, EHC_PLAN, Brentwood School, 2024-09-15, null]");
    }

    @Test
    void anExportWithOnlyTheRequiredColumnsConformsWithTheOthersUnknown() throws IOException {
        Path file = Files.writeString(
                folder.resolve("children.csv"),
                "pseudonymous_id,postcode_district,birth_year,primary_need,support_level\n"
                        + "AB12,M33,2015,semh,E\n"
                        + "AB13,M33 7XX,2015,semh,E\n");
        IngestedInput input = ChildRecordsTable.ingest(spark, spec(file), 2025);

        assertThat(conformed(ChildRecordsTable.conform(input)))
                .containsExactly("[AB12, null, M33, 10, SEMH, EHC_PLAN, null, null, null]");
        assertThat(quarantine(input))
                .containsExactly("3 postcode_district [M33] a full postcode: only the postcode district (the part"
                        + " before the space, e.g. M33) may be exported");
    }

    @Test
    void anExportWithoutAnAreaColumnStopsTheRunNamingTheFile() throws IOException {
        Path file = Files.writeString(
                folder.resolve("no-area.csv"), "pseudonymous_id,age,primary_need,support_level\nAB12,7,ASD,K\n");
        assertThatThrownBy(() -> ChildRecordsTable.ingest(spark, spec(file), 2025))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(
                        "input 'children' (" + file + ") has neither the column lsoa_code nor" + " postcode_district");
    }

    @Test
    void anExportWithAnIdentifyingColumnIsRefusedWhole() throws IOException {
        Path file = Files.writeString(
                folder.resolve("identifying.csv"),
                "pseudonymous_id,postcode,age,primary_need,support_level\nAB12,M33 7XX,7,ASD,K\n");
        assertThatThrownBy(() -> ChildRecordsTable.ingest(spark, spec(file), 2025))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("has the column(s) [postcode] that identify a person")
                .hasMessageNotContaining("7XX");
    }
}
