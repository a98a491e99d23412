package org.provisionlens.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.consultation.ConsultationMethod;
import org.provisionlens.db.TestDatabases;
import org.provisionlens.jobs.PublishedDemo;
import org.provisionlens.jobs.SparkTestSession;

/**
 * The demo run publishes its consultation register (a row per activity and group it reached), and comments whose
 * respondents and channels give the figures the voices page and the README quote.
 */
class ConsultationRunTests {

    private static SparkSession spark;
    private static DataSource database;
    private static long runId;

    @BeforeAll
    static void publishTheDemo() throws SQLException {
        spark = SparkTestSession.start();
        database = TestDatabases.shared().dataSource();
        runId = PublishedDemo.runId(spark, database);
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void publishesEveryActivityOncePerGroupItReached() throws SQLException {
        // 15 activities reaching 1+1+2+2+1+2+2+2+1+1+2+1+2+3+1 = 24 groups
        assertThat(PublishedRows.query(
                        database,
                        "SELECT count(DISTINCT event_id)::text, count(*)::text FROM consultation_event WHERE run_id = "
                                + runId))
                .containsExactly(Map.entry("15", "24"));
        // the family hubs' network: written "early years;family hubs", a meeting on one day, 27 taking part
        assertThat(PublishedRows.query(
                        database,
                        "SELECT consultee_group, held_from || ' ' || coalesce(held_to::text, '-') || ' ' || method || ' '"
                                + " || participants FROM consultation_event WHERE event_id = 'TLO-2425-06' AND run_id = "
                                + runId))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "EARLY_YEARS_PROVIDERS", "2025-01-22 - MEETING 27",
                        "CHILDRENS_CENTRES", "2025-01-22 - MEETING 27"));
    }

    @Test
    void theDemosCommentsComeFromChildrenAndYoungPeopleAndByRoutesNeedingNoInternetAsTheReadmeSays()
            throws SQLException {
        Map<String, String> tallies = PublishedRows.query(
                database,
                "SELECT respondent_type || '/' || coalesce(channel, ''), count(*)::text FROM comment_anonymised"
                        + " WHERE run_id = " + runId + " GROUP BY 1");
        int total = 0;
        int young = 0;
        int noInternet = 0;
        int youngNoInternet = 0;
        for (Map.Entry<String, String> tally : tallies.entrySet()) {
            String[] key = tally.getKey().split("/", 2);
            int count = Integer.parseInt(tally.getValue());
            boolean childOrYoungPerson = key[0].equals("CHILD") || key[0].equals("YOUNG_PERSON");
            boolean offline = ConsultationMethod.parse(key[1])
                    .map(method -> !method.needsInternet())
                    .orElse(false);
            total += count;
            young += childOrYoungPerson ? count : 0;
            noInternet += offline ? count : 0;
            youngNoInternet += offline && childOrYoungPerson ? count : 0;
        }
        // comments.csv: child 27 + young person 62 = 89 of 400; no internet: phone 70 + event 62 + focus group 60 =
        // 192 (48%); of children and young people's: phone 20 + event 16 + focus group 9 = 45 (surveys and email
        // need the internet)
        assertThat(total).isEqualTo(400);
        assertThat(young).isEqualTo(89);
        assertThat(noInternet).isEqualTo(192);
        assertThat(youngNoInternet).isEqualTo(45);
    }
}
