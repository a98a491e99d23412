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
import org.provisionlens.jobs.PublishedDemo;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.manifest.RunManifest;

/** Who funds each service, as runs publish it: the demo's funding file, and a file with rows the run quarantines. */
class FundingRunTests {

    private static SparkSession spark;
    private static DataSource database;

    @TempDir
    static Path folder;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start();
        database = TestDatabases.shared().dataSource();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void theDemoPublishesEveryFundingRowWithThePublishedServiceIds() throws SQLException {
        long runId = PublishedDemo.runId(spark, database);
        // jobs/demo-data/funding: 14 rows for 9 services; ICB 2,400,000 (CAMHS) + 700,000 (SALT) + 360,000 (OT)
        // + 250,000 (physio) + 300,000 (short breaks) + 30,000 (SEMH outreach) = 4,040,000; LA 600,000 + 300,000
        // + 240,000 + 900,000 + 170,000 = 2,210,000 (sensory and Portage give no amount); JOINT 180,000 (SENDIASS)
        assertThat(PublishedRows.query(
                        database,
                        "SELECT funder, count(*) || ' rows, ' || coalesce(sum(annual_amount), 0) FROM service_funding"
                                + " WHERE run_id = " + runId + " GROUP BY funder"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "ICB", "6 rows, 4040000.00",
                        "LA", "7 rows, 2210000.00",
                        "JOINT", "1 rows, 180000.00"));
        // by domain (the README's figures): health ICB 2,400,000 + 700,000 + 360,000 + 250,000 = 3,710,000 and LA
        // 600,000 + 300,000 + 240,000 = 1,140,000 (4,850,000); social care LA 900,000 and ICB 300,000 (1,200,000);
        // education LA 170,000, ICB 30,000 and JOINT 180,000 (380,000); 6,430,000 in all
        assertThat(PublishedRows.query(
                        database,
                        "SELECT s.domain || ' ' || f.funder, sum(f.annual_amount)::text FROM service_funding f JOIN"
                                + " service s USING (run_id, service_id) WHERE f.run_id = " + runId
                                + " AND f.annual_amount IS NOT NULL GROUP BY 1"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "HEALTH ICB", "3710000.00",
                        "HEALTH LA", "1140000.00",
                        "SOCIAL_CARE LA", "900000.00",
                        "SOCIAL_CARE ICB", "300000.00",
                        "EDUCATION LA", "170000.00",
                        "EDUCATION ICB", "30000.00",
                        "EDUCATION JOINT", "180000.00"));
        // 9 services with rows; jointly funded (two funders, or JOINT): CAMHS, SALT, OT, short breaks, SEMH outreach,
        // SENDIASS = 6
        assertThat(PublishedRows.query(
                        database,
                        "SELECT count(*)::text, count(*) FILTER (WHERE joint)::text FROM (SELECT service_id, count(*)"
                                + " > 1 OR bool_or(funder = 'JOINT') AS joint FROM service_funding WHERE run_id = "
                                + runId + " GROUP BY service_id) services"))
                .containsExactly(Map.entry("9", "6"));
        // S358-SALT is written with its input's name in the file, S358-CAMHS without: both publish as services:...
        assertThat(PublishedRows.query(
                        database,
                        "SELECT service_id || ' ' || funder, share_pct::text FROM service_funding WHERE run_id = "
                                + runId + " AND service_id IN ('services:S358-SALT', 'services:S358-CAMHS')"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "services:S358-SALT ICB", "70.00",
                        "services:S358-SALT LA", "30.00",
                        "services:S358-CAMHS ICB", "80.00",
                        "services:S358-CAMHS LA", "20.00"));
    }

    @Test
    void quarantinesRowsNamingNoServiceAndSharesOver100() throws IOException, SQLException {
        Path demo = SparkTestSession.demoManifest().getParent();
        Path funding = Files.writeString(folder.resolve("funding.csv"), """
                service_id,funder,funder_name,share_percent,annual_amount,arrangement
                S358-CAMHS,ICB,NHS GM ICB,80,NA,NA
                S358-CAMHS,LA,Trafford Council,30,NA,NA
                S358-NOPE,LA,Trafford Council,NA,NA,NA
                services:S358-OT,JOINT,Pooled budget,100,1000,Section 75
                """);
        Path manifest = Files.writeString(folder.resolve("manifest.json"), """
                {"name": "Trafford, funding with problems", "localAuthority": "E08000009", "timePeriod": "202425",
                 "inputs": {
                   "schools": {"format": "trafford-schools-csv", "path": "%1$s/trafford/trafford_schools_and_colleges.csv"},
                   "plans": {"format": "dfe-ehc-plan-needs-csv", "path": "%1$s/dfe/sen_needs_all_plans_trafford.csv"},
                   "population": {"format": "ons-lsoa-population-csv",
                                  "path": "%1$s/trafford/mid-year_2024_population_estimates_lsoa.csv"},
                   "services": {"format": "service-csv", "path": "%1$s/generated/services.csv"},
                   "funding": {"format": "service-funding-csv", "path": "%2$s"}
                 }}
                """.formatted(demo, funding));
        RunOutcome outcome = new ReviewRun(
                        spark, database, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(RunManifest.read(manifest));

        assertThat(outcome.exitStatus()).isEqualTo(RunOutcome.PUBLISHED_WITH_QUARANTINE);
        // 4 rows read: CAMHS's two (80 + 30 = 110%) and S358-NOPE quarantined, the OT row accepted
        assertThat(PublishedRows.query(
                        database,
                        "SELECT input_name, rows_read || '/' || rows_accepted || '/' || rows_quarantined FROM"
                                + " run_input WHERE input_name = 'funding' AND run_id = " + outcome.runId()))
                .containsExactly(Map.entry("funding", "4/1/3"));
        assertThat(PublishedRows.query(
                        database,
                        "SELECT line::text, field || ': ' || reason FROM quarantine WHERE input_name = 'funding'"
                                + " AND run_id = " + outcome.runId() + " ORDER BY line"))
                .containsExactly(
                        Map.entry(
                                "2",
                                "share_percent: the shares of service services:S358-CAMHS add up to 110%; they"
                                        + " can add up to at most 100%"),
                        Map.entry(
                                "3",
                                "share_percent: the shares of service services:S358-CAMHS add up to 110%; they"
                                        + " can add up to at most 100%"),
                        Map.entry(
                                "4",
                                "service_id: no service in the run's listings has this id; expected a"
                                        + " service_id of a service input, as S358-CAMHS or services:S358-CAMHS (input name,"
                                        + " colon, id)"));
        assertThat(PublishedRows.query(
                        database,
                        "SELECT service_id, funder || ' ' || share_pct || '% £' || annual_amount || ' ' || arrangement"
                                + " FROM service_funding WHERE run_id = " + outcome.runId()))
                .containsExactly(Map.entry("services:S358-OT", "JOINT 100.00% £1000.00 Section 75"));
    }
}
