package org.provisionlens.jobs.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * What a database shows of an LA's published run, read the way the dashboards read it, and the checks the fault tests
 * make after each fault: the published run intact, nothing of an unfinished run reachable.
 */
final class Published {

    static final String TRAFFORD = "E08000009";

    private final DataSource database;

    Published(DataSource database) {
        this.database = database;
    }

    /** The published run's fingerprint: the pointer, and each table's row count and checksum of that run's rows. */
    record Fingerprint(long runId, Map<String, String> tables) {

        /** Rows of the run in {@code table} (0 when it has none). */
        long rows(String table) {
            String counted = tables.get(table);
            return counted == null ? 0 : Long.parseLong(counted.substring(0, counted.indexOf(' ')));
        }
    }

    /** The LA's published_run pointer. */
    long pointer() {
        return Long.parseLong(row("SELECT run_id FROM published_run WHERE la_code = '" + TRAFFORD + "'"));
    }

    /**
     * The pointer, then for every table with a run_id column (found in the catalogue, so a new table cannot be missed)
     * the number of the run's rows and an md5 of them, each row as text, in order.
     */
    Fingerprint fingerprint() {
        long run = pointer();
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : runTables()) {
            String counted = row("SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text),"
                    + " '')) FROM " + table + " t WHERE run_id = " + run);
            if (!counted.startsWith("0 ")) {
                tables.put(table, counted);
            }
        }
        return new Fingerprint(run, tables);
    }

    /** Every base table with a run_id column, by name. */
    List<String> runTables() {
        return rows("SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t"
                + " USING (table_schema, table_name) WHERE c.table_schema = 'public' AND c.column_name = 'run_id'"
                + " AND t.table_type = 'BASE TABLE' ORDER BY c.table_name");
    }

    /** The rows of the run in any table with a run_id column but review_run itself, as "table count". */
    List<String> rowsLeftBy(long run) {
        List<String> left = new ArrayList<>();
        for (String table : runTables()) {
            if (!table.equals("review_run")) {
                long count = Long.parseLong(row("SELECT count(*) FROM " + table + " WHERE run_id = " + run));
                if (count > 0) {
                    left.add(table + " " + count);
                }
            }
        }
        return left;
    }

    /**
     * What the dashboards see: their list of published runs (PublishedRuns' query) is this one run of Trafford; every
     * run the runs table or its view marks published is complete (finished, a headline, its inputs, its sufficiency
     * rows); and no run that is not published is the one published_run points at.
     */
    void assertNothingHalfWrittenVisible(long publishedRun) {
        assertThat(rows("SELECT p.la_code || ' ' || p.run_id FROM published_run p JOIN review_run r ON r.run_id ="
                        + " p.run_id LEFT JOIN review_headline h ON h.run_id = p.run_id ORDER BY p.la_code"))
                .containsExactly(TRAFFORD + " " + publishedRun);
        assertThat(rows("SELECT r.run_id || ' ' || r.status || ' ' || s.status || ' ' || (r.finished_at IS NOT NULL)"
                        + " || ' ' || (SELECT count(*) FROM review_headline h WHERE h.run_id = r.run_id)"
                        + " || ' ' || (SELECT count(*) > 0 FROM run_input i WHERE i.run_id = r.run_id)"
                        + " || ' ' || (SELECT count(*) > 0 FROM specialist_sufficiency x WHERE x.run_id = r.run_id)"
                        + " FROM review_run r JOIN review_run_state s USING (run_id)"
                        + " WHERE r.status = 'published' OR s.status = 'published' ORDER BY r.run_id"))
                .as("every run marked published is complete")
                .allSatisfy(line -> assertThat(line).endsWith(" published published true 1 true true"));
        assertThat(rows("SELECT r.status FROM published_run p JOIN review_run r USING (run_id)"))
                .containsOnly("published");
    }

    /** The runs whose manifest name starts with the prefix, as "run_id status stage" from review_run_state. */
    List<String> states(String manifestPrefix) {
        return rows("SELECT run_id || ' ' || status || ' ' || coalesce(stage, '-') FROM review_run_state"
                + " WHERE manifest_name LIKE '" + manifestPrefix + "%' ORDER BY run_id");
    }

    /** The live sessions of a child process (by its application name). */
    int sessions(String applicationName) {
        return Integer.parseInt(
                row("SELECT count(*) FROM pg_stat_activity WHERE application_name = '" + applicationName + "'"));
    }

    String row(String sql) {
        List<String> rows = rows(sql);
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0);
    }

    List<String> rows(String sql) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return rows;
    }

    void update(String sql) {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Gave up waiting for " + what + " after " + timeout);
            }
            Thread.sleep(20);
        }
    }
}
