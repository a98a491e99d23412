package org.provisionlens.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.db.TestDatabases;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.manifest.RunManifest;

/**
 * A review run of Trafford's real files with thresholds of its own and the NHS waiting lists of Greater Manchester:
 * the run uses the manifest's thresholds, and publishes them with the ICB's and England's waits.
 */
class ThresholdsAndWaitsRunTests {

    private static SparkSession spark;
    private static DataSource database;
    private static RunOutcome outcome;

    @TempDir
    static Path folder;

    @BeforeAll
    static void run() throws IOException {
        spark = SparkTestSession.start();
        database = TestDatabases.shared().dataSource();
        Path demo = SparkTestSession.demoManifest().getParent();
        Path manifest = Files.writeString(folder.resolve("manifest.json"), """
                {"name": "Trafford, own thresholds", "localAuthority": "E08000009", "timePeriod": "202425",
                 "inputs": {
                   "schools": {"format": "trafford-schools-csv", "path": "%1$s/trafford/trafford_schools_and_colleges.csv"},
                   "plans": {"format": "dfe-ehc-plan-needs-csv", "path": "%1$s/dfe/sen_needs_all_plans_trafford.csv"},
                   "population": {"format": "ons-lsoa-population-csv",
                                  "path": "%1$s/trafford/mid-year_2024_population_estimates_lsoa.csv"},
                   "waits": {"format": "nhs-community-waiting-list-csv",
                             "path": "%1$s/nhs/community_waiting_lists_greater_manchester.csv"}
                 },
                 "icb": "NHS Greater Manchester ICB",
                 "thresholds": {"atRiskOccupancyPercent": 90, "horizonYears": 2}}
                """.formatted(demo));
        outcome = new ReviewRun(
                        spark, database, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(RunManifest.read(manifest));
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void publishesTheThresholdsItUsedAndWhereEachCameFrom() throws SQLException {
        assertThat(outcome.exitStatus()).isEqualTo(RunOutcome.PUBLISHED);
        assertThat(query("SELECT threshold, value::float8 || ' ' || source FROM review_threshold WHERE run_id = "
                        + outcome.runId()))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "atRiskOccupancyPercent", "90 manifest",
                        "atRiskWaitingWeeks", "18 default",
                        "insufficientTravelAccess", "0.8 default",
                        "horizonYears", "2 manifest"));
        // the run compared the forecast 2 years on from the 2025 snapshot with capacity: 2027, not the default 2028
        assertThat(query("SELECT DISTINCT 'horizon', horizon_year::text FROM sufficiency_cell WHERE run_id = "
                        + outcome.runId()))
                .containsExactly(Map.entry("horizon", "2027"));
    }

    @Test
    void publishesTheWaitsOfTheIcbAndEnglandAndCountsTheProvidersOutOfScope() throws SQLException {
        // 316 rows: Greater Manchester ICB 40 and England 40 in scope, the 236 rows of six provider trusts out of it
        assertThat(query("SELECT input_name, rows_read || '/' || rows_accepted || '/' || rows_quarantined || '/'"
                        + " || rows_out_of_scope FROM run_input WHERE input_name = 'waits' AND run_id = "
                        + outcome.runId()))
                .containsExactly(Map.entry("waits", "316/316/0/236"));
        assertThat(query("SELECT area_type || ' ' || area_name, count(*)::text FROM community_wait WHERE run_id = "
                        + outcome.runId() + " GROUP BY 1"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("ICB Greater Manchester", "40", "ENGLAND England", "40"));
        // October 2023, the latest month, from the file's lines for GREATER MANCHESTER and England:
        // speech and language 6647 waiting, 1610 + 492 = 2102 over 18 weeks; England 67790, 22820 + 4113 = 26933
        assertThat(query("SELECT area_type, waiting || ' ' || (over_18_to_52_weeks + over_52_weeks)"
                        + " FROM community_wait WHERE therapy = 'SPEECH_AND_LANGUAGE' AND month = '2023-10-01'"
                        + " AND run_id = " + outcome.runId()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("ICB", "6647 2102", "ENGLAND", "67790 26933"));
    }

    @Test
    void exportWritesTheWaitsAndThresholdsOfTheRun() throws IOException {
        Path waits = folder.resolve("waits.csv");
        Path thresholds = folder.resolve("thresholds.csv");
        var export = new org.provisionlens.jobs.export.ExportCommand(
                database, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err);

        assertThat(export.run("community_wait", null, outcome.runId(), waits))
                .isEqualTo(org.provisionlens.jobs.exit.ExitCode.DONE);
        assertThat(export.run("review_threshold", null, outcome.runId(), thresholds))
                .isEqualTo(org.provisionlens.jobs.exit.ExitCode.DONE);
        // a header and 80 rows (the ICB's 40 and England's 40); a header and the 4 thresholds
        assertThat(Files.readAllLines(waits)).hasSize(1 + 80);
        assertThat(Files.readAllLines(thresholds)).hasSize(1 + 4);
    }

    private static Map<String, String> query(String sql) throws SQLException {
        return PublishedRows.query(database, sql);
    }
}
