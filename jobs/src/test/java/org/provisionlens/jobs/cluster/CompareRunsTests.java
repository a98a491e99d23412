package org.provisionlens.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.db.DatabaseSettings;
import org.provisionlens.db.PlatformDatabase;
import org.provisionlens.db.TestDatabases;

/** Two real platform databases (migrated, in the test PostgreSQL) compared as the standalone check compares them. */
class CompareRunsTests {

    private PlatformDatabase a;
    private PlatformDatabase b;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void twoEmptyDatabases() throws SQLException {
        PlatformDatabase server = TestDatabases.shared();
        try (Connection connection = server.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String name : new String[] {"compare_a", "compare_b"}) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
                statement.execute("CREATE DATABASE " + name);
            }
        }
        a = PlatformDatabase.open(settings(server, "compare_a"));
        b = PlatformDatabase.open(settings(server, "compare_b"));
    }

    private static DatabaseSettings settings(PlatformDatabase server, String database) {
        return new DatabaseSettings(server.jdbcUrl().replace("/postgres", "/" + database), "postgres", "", null, 0);
    }

    @Test
    void runsThatDifferOnlyInRunIdsAndTimesAreIdentical() throws SQLException {
        failedRun(a, "E08000009");
        long runA = publishedRun(a, "E08000009", 2);
        long runB = publishedRun(b, "E08000009", 2);

        assertThat(runA).isEqualTo(2);
        assertThat(runB).isEqualTo(1);
        assertThat(compare()).isZero();
        assertThat(printed())
                .contains("Published LAs: a 1, b 1 [E08000009]")
                .containsPattern("(?m)^published_run +1 +1  identical$")
                // the failed run of a is no published run: one row on each side
                .containsPattern("(?m)^review_run +1 +1  identical$")
                .containsPattern("(?m)^run_input +2 +2  identical$")
                .containsPattern("(?m)^service +0 +0  identical$")
                .contains(
                        "columns left out: decided_at, entry, finished_at, lease_backend_start, lease_pid, published_at, run_id,"
                                + " started_at")
                .contains("rows: all identical.")
                // a national run's own record and its rows with no LA (V14) are keyed by the national run, not by a
                // review run: listed, not compared
                .contains("Not compared (not a run's results): audit_event, comment_response,"
                        + " flyway_schema_history, national_quarantine, national_run, proposal");
    }

    @Test
    void aRowThatDiffersFailsAndIsShown() throws SQLException {
        publishedRun(a, "E08000009", 2);
        publishedRun(b, "E08000009", 3);

        assertThat(compare()).isEqualTo(1);
        assertThat(printed())
                .containsPattern("(?m)^run_input +2 +2  DIFFERENT: 1 rows only in a, 1 only in b$")
                .contains("    only in a: (E08000009,children,child-records-csv,children.csv," + "c".repeat(64)
                        + ",2,2,0,0,0)")
                .contains("    only in b: (E08000009,children,child-records-csv,children.csv," + "c".repeat(64)
                        + ",3,3,0,0,0)")
                .containsPattern("(?m)^published_run +1 +1  identical$")
                .contains("tables compared: 1 DIFFERENT.");
    }

    @Test
    void differentLasPublishedFail() throws SQLException {
        publishedRun(a, "E08000009", 2);
        publishedRun(b, "E08000009", 2);
        publishedRun(b, "E06000017", 2);

        assertThat(compare()).isEqualTo(1);
        assertThat(printed()).contains("Published LAs: a 1, b 2 [E08000009]").contains("DIFFERENT LAs published.");
    }

    @Test
    void nothingPublishedFails() throws SQLException {
        assertThat(compare()).isEqualTo(1);
        assertThat(printed()).contains("Nothing was published: nothing to compare.");
    }

    private int compare() throws SQLException {
        try (Connection first = a.dataSource().getConnection();
                Connection second = b.dataSource().getConnection()) {
            return CompareRuns.compare("a", first, "b", second, new PrintStream(printed, true, StandardCharsets.UTF_8));
        }
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static long failedRun(PlatformDatabase database, String la) throws SQLException {
        long run = start(database, la);
        update(database, "UPDATE review_run SET status = 'failed', finished_at = now() WHERE run_id = ?", run);
        return run;
    }

    /** A run with two inputs, the children's read and accepted counts {@code children}, published. */
    private static long publishedRun(PlatformDatabase database, String la, int children) throws SQLException {
        long run = start(database, la);
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO run_input VALUES (?, 'children', 'child-records-csv', 'children.csv', ?, ?, ?, 0,"
                                + " 0), (?, 'services', 'service-csv', 'services.csv', ?, 5, 4, 1, 0)")) {
            insert.setLong(1, run);
            insert.setString(2, "c".repeat(64));
            insert.setInt(3, children);
            insert.setInt(4, children);
            insert.setLong(5, run);
            insert.setString(6, "d".repeat(64));
            insert.executeUpdate();
        }
        update(
                database,
                "UPDATE review_run SET status = 'published', stage = 'published', la_name = 'Somewhere',"
                        + " finished_at = now() WHERE run_id = ?",
                run);
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO published_run (la_code, run_id, published_at) VALUES (?, ?, now())")) {
            insert.setString(1, la);
            insert.setLong(2, run);
            insert.executeUpdate();
        }
        return run;
    }

    private static long start(PlatformDatabase database, String la) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO review_run (manifest_name, manifest_path, la_code, status, stage, inputs_sha256,"
                                + " started_at) VALUES ('check', 'manifest.json', ?, 'running', 'starting', ?, now())"
                                + " RETURNING run_id")) {
            insert.setString(1, la);
            insert.setString(2, "ab".repeat(32));
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void update(PlatformDatabase database, String sql, long run) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, run);
            update.executeUpdate();
        }
    }
}
