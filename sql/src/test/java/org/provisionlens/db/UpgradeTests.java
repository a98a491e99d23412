package org.provisionlens.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database created by the released migrations (V1..V4) and filled the way the jobs and dashboards of that release
 * wrote it is migrated to the latest schema without error, and keeps its rows.
 */
class UpgradeTests {

    private static final String TRAFFORD = "E08000009";

    private static Statements sql;
    private static Map<String, Long> before;
    private static long earlier;
    private static long later;

    @BeforeAll
    static void upgradeADatabaseOfTheReleasedSchema() {
        DataSource database = freshDatabase("upgrade_from_v4");
        sql = new Statements(database);
        PlatformDatabase.migrate(database, "4");
        assertThat(sql.column("SELECT max(version::int) FROM flyway_schema_history"))
                .containsExactly("4");

        RepresentativeRun runs = new RepresentativeRun(sql);
        earlier = runs.published(TRAFFORD);
        later = runs.published(TRAFFORD);
        long failed = runs.start(TRAFFORD);
        sql.update("UPDATE review_run SET status = 'failed', message = 'input missing' WHERE run_id = ?", failed);
        // the dashboards of the release: a decision on a held comment, responses (two saved at once for one theme,
        // which select-then-insert allowed), and the audit of a raw comment read
        sql.update("INSERT INTO comment_review VALUES (?, 'c1', 'release', 'commissioner', now())", earlier);
        String response = "INSERT INTO comment_response (la_code, period, theme, response, status, updated_by,"
                + " updated_at) VALUES (?, '2025', ?, ?, 'planned', 'commissioner', ?::timestamptz)";
        sql.update(response, TRAFFORD, "transport", "First", "2025-06-02T09:00:00Z");
        sql.update(response, TRAFFORD, "transport", "Second, a moment later", "2025-06-02T09:00:01Z");
        sql.update(response, TRAFFORD, "waiting_times", "We will add a therapist", "2025-06-02T09:05:00Z");
        sql.update("INSERT INTO audit_event (happened_at, username, action, subject) VALUES (now(), 'commissioner',"
                + " 'viewed raw comment', 'run 1 comment c1')");
        before = rowCounts();

        PlatformDatabase.migrate(database, null);
    }

    @Test
    void everyMigrationIsAppliedOnTop() {
        assertThat(sql.column("SELECT count(*) FROM flyway_schema_history WHERE NOT success"))
                .containsExactly("0");
        assertThat(sql.column(
                        "SELECT version FROM flyway_schema_history WHERE version::int >= 5 ORDER BY version::int"))
                .startsWith("5");
    }

    @Test
    void keepsEveryRowButTheResponseSavedTwice() {
        Map<String, Long> expected = new LinkedHashMap<>(before);
        expected.put("comment_response", before.get("comment_response") - 1);
        assertThat(rowCounts()).containsAllEntriesOf(expected);
        assertThat(before.get("comment_response")).isEqualTo(3);
        assertThat(sql.column("SELECT response FROM comment_response ORDER BY theme"))
                .containsExactly("Second, a moment later", "We will add a therapist");
        // the counts are of every table: two published runs of two services and two quarantined fields each
        assertThat(before.get("service")).isEqualTo(4);
        assertThat(before.get("quarantine")).isEqualTo(4);
    }

    @Test
    void numbersTheRowsOfTablesThatHadNoKey() {
        assertThat(sql.column("SELECT count(DISTINCT entry) FROM quarantine")).containsExactly("4");
        assertThat(sql.column(
                        "SELECT service_id || ' ' || position || ' ' || coalesce(source_id, '-') FROM"
                                + " service_source WHERE run_id = ? ORDER BY service_id, position",
                        earlier))
                .containsExactly("services:svc-1 1 svc-1", "services:svc-1 2 svc-1b", "services:svc-2 1 -");
        assertThat(sql.column("SELECT count(DISTINCT entry) FROM demand_statistic"))
                .containsExactly("4");
    }

    @Test
    void theOldRowsAreScreenedForPublication() {
        // c1 was held by the anonymiser: released by a person in the earlier run, not yet decided in the later one
        assertThat(sql.column("SELECT comment_id FROM comment_publishable WHERE run_id = ? ORDER BY 1", earlier))
                .containsExactly("c1", "c2");
        assertThat(sql.column("SELECT comment_id FROM comment_publishable WHERE run_id = ? ORDER BY 1", later))
                .containsExactly("c2");
    }

    @Test
    void thePointerStaysOnTheLatestRun() {
        assertThat(sql.column("SELECT run_id FROM published_run WHERE la_code = ?", TRAFFORD))
                .containsExactly(String.valueOf(later));
    }

    private static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> tables =
                sql.column("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                        + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history' ORDER BY 1");
        for (String table : tables) {
            counts.put(table, sql.number("SELECT count(*) FROM " + table));
        }
        return counts;
    }

    /** A new, empty database beside the shared test database (on the same embedded PostgreSQL). */
    static DataSource freshDatabase(String name) {
        PlatformDatabase shared = TestDatabases.shared();
        Statements server = new Statements(shared.dataSource());
        server.update("DROP DATABASE IF EXISTS " + name);
        server.update("CREATE DATABASE " + name);
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(shared.jdbcUrl().substring(0, shared.jdbcUrl().lastIndexOf('/') + 1) + name);
        source.setUser("postgres");
        return source;
    }
}
