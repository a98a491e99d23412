package org.provisionlens.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provisionlens.db.TestDatabases;
import org.provisionlens.jobs.PublishedDemo;
import org.provisionlens.jobs.SparkTestSession;

/**
 * Trafford's published demo run places the LA in the NHS: every place of ONS's lookup, Trafford's place 02A in NHS
 * Greater Manchester ICB, and the waits of Manchester University NHS Foundation Trust, which runs Trafford's children's
 * community services, beside the ICB's and England's.
 */
class DemoHealthPlaceTests {

    private static SparkSession spark;
    private static DataSource database;
    private static long runId;

    @BeforeAll
    static void publishedDemo() throws SQLException {
        spark = SparkTestSession.start();
        database = TestDatabases.shared().dataSource();
        runId = PublishedDemo.runId(spark, database);
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void publishesTheWholeLookupAndTraffordsPlaceInGreaterManchester() throws SQLException {
        // 106 places, 42 ICBs, 7 regions (jobs/demo-data/nhs/sub_icb_to_icb_lookup_2022.csv)
        assertThat(query("SELECT count(*) || ' ' || count(DISTINCT icb_code) || ' ' || count(DISTINCT region_code),"
                        + " 'x' FROM health_geography WHERE run_id = " + runId))
                .containsOnlyKeys("106 42 7");
        // the manifest's "subIcbLocation": "02A" is line 56: E38000187, in E54000057 (QOP), North West (E40000010)
        assertThat(query("SELECT g.sub_icb_code, g.sub_icb_short_code || ' ' || g.icb_code || ' ' || g.icb_short_code"
                        + " || ' ' || g.icb_name || ' ' || g.region_name FROM run_health_place p JOIN health_geography g"
                        + " USING (run_id, sub_icb_code) WHERE p.run_id = " + runId))
                .containsExactly(Map.entry(
                        "E38000187", "02A E54000057 QOP NHS Greater Manchester Integrated Care Board North West"));
        // the ICB's 10 places: 00T, 00V, 01D, 00Y, 01G, 01W, 02A, 02H, 14L, 01Y
        assertThat(query("SELECT icb_code, count(*)::text FROM health_geography WHERE run_id = " + runId
                        + " AND icb_code = 'E54000057' GROUP BY 1"))
                .containsExactly(Map.entry("E54000057", "10"));
    }

    @Test
    void publishesTheWaitsOfTheNamedProviderBesideTheIcbsAndEnglands() throws SQLException {
        // 10 months x 4 therapies for each area; the trust's rows are "Organisation" until May 2023, "Provider" after
        // and in capitals from August, all published under the manifest's name
        assertThat(query("SELECT area_type || ' ' || area_name, count(*)::text FROM community_wait WHERE run_id = "
                        + runId + " GROUP BY 1"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "ICB Greater Manchester", "40",
                        "ENGLAND England", "40",
                        "PROVIDER Manchester University NHS Foundation Trust", "40"));
        // the demo file's line 301: "7124","Provider","MANCHESTER UNIVERSITY NHS FOUNDATION TRUST","October 2023",
        // 2023-10-01,"Speech And Language",2055,927,4: 2055 waiting, 927 + 4 = 931 over 18 weeks
        assertThat(query("SELECT area_type, waiting || ' ' || (over_18_to_52_weeks + over_52_weeks) FROM community_wait"
                        + " WHERE therapy = 'SPEECH_AND_LANGUAGE' AND month = '2023-10-01' AND area_type = 'PROVIDER'"
                        + " AND run_id = " + runId))
                .containsExactly(Map.entry("PROVIDER", "2055 931"));
    }

    private static Map<String, String> query(String sql) throws SQLException {
        return PublishedRows.query(database, sql);
    }
}
