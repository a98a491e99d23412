package org.provisionlens.jobs.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The published results in one platform database, as rows that two runs of the same inputs must share: every table
 * with a {@code run_id} column, restricted to the runs {@code published_run} points at, each row keyed by its LA
 * instead of its run id, without the columns that name a run or a moment rather than a result (identity columns,
 * timestamps, the lease's process id).
 */
final class PublishedRows {

    /** Columns that differ between two runs of the same inputs by design: the run lease's backend process. */
    static final Set<String> PROCESS_COLUMNS = Set.of("lease_pid");

    /**
     * Tables with a {@code run_id} that are not a run's results: the dashboards' audit log names the run a person
     * viewed or downloaded (V15).
     */
    static final Set<String> NOT_RESULTS = Set.of("audit_event");

    private final Connection connection;

    PublishedRows(Connection connection) {
        this.connection = connection;
    }

    /** A table of results and the columns compared. */
    record RunTable(String name, List<String> columns, List<String> leftOut) {}

    /** How many rows and an order-free digest of them (two sums of 60-bit slices of each row's MD5). */
    record Digest(long rows, String sum) {}

    /** The LA codes with a published run, sorted. */
    Set<String> publishedLas() throws SQLException {
        Set<String> las = new TreeSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT la_code FROM published_run");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                las.add(rows.getString(1));
            }
        }
        return las;
    }

    /** Every base table with a {@code run_id} column, by name, with the columns compared and those left out. */
    Map<String, RunTable> runTables() throws SQLException {
        Map<String, List<String[]>> columns = new LinkedHashMap<>();
        String sql = "SELECT c.table_name, c.column_name, c.data_type, c.is_identity FROM information_schema.columns c"
                + " JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                + " WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'"
                + " ORDER BY c.table_name, c.ordinal_position";
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), table -> new ArrayList<>())
                        .add(new String[] {rows.getString(2), rows.getString(3), rows.getString(4)});
            }
        }
        Map<String, RunTable> tables = new LinkedHashMap<>();
        columns.forEach((table, described) -> {
            if (!NOT_RESULTS.contains(table) && described.stream().anyMatch(column -> column[0].equals("run_id"))) {
                List<String> kept = new ArrayList<>();
                List<String> leftOut = new ArrayList<>();
                for (String[] column : described) {
                    boolean dropped = column[0].equals("run_id")
                            || "YES".equals(column[2])
                            || column[1].startsWith("timestamp")
                            || PROCESS_COLUMNS.contains(column[0]);
                    (dropped ? leftOut : kept).add(column[0]);
                }
                tables.put(table, new RunTable(table, List.copyOf(kept), List.copyOf(leftOut)));
            }
        });
        return tables;
    }

    /**
     * The tables that are not a run's results: those without a run id (proposals, moderation, Flyway's history) and
     * {@link #NOT_RESULTS}.
     */
    List<String> otherTables() throws SQLException {
        List<String> others = new ArrayList<>();
        String sql = "SELECT t.table_name FROM information_schema.tables t WHERE t.table_schema = current_schema()"
                + " AND t.table_type = 'BASE TABLE' AND NOT EXISTS (SELECT 1 FROM information_schema.columns c"
                + " WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = 'run_id'"
                + " AND t.table_name NOT IN ("
                + NOT_RESULTS.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "))
                + ")) ORDER BY t.table_name";
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                others.add(rows.getString(1));
            }
        }
        return others;
    }

    Digest digest(RunTable table) throws SQLException {
        String sql = "SELECT count(*), coalesce(sum(('x' || substr(md5(r), 1, 15))::bit(60)::bigint), 0)::text"
                + " || '/' || coalesce(sum(('x' || substr(md5(r), 16, 15))::bit(60)::bigint), 0)::text FROM ("
                + rowsQuery(table) + ") q";
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return new Digest(rows.getLong(1), rows.getString(2));
        }
    }

    /** Opens the table's rows as text, in code point order (for a merge with the other database's). */
    RowCursor open(RunTable table) throws SQLException {
        return new RowCursor(connection, "SELECT r FROM (" + rowsQuery(table) + ") q ORDER BY r COLLATE \"C\"");
    }

    /** The rows of one query, read a few thousand at a time; {@link #next} gives null after the last. */
    static final class RowCursor implements AutoCloseable {

        private final Connection connection;
        private final boolean autoCommit;
        private final PreparedStatement query;
        private final ResultSet rows;

        RowCursor(Connection connection, String sql) throws SQLException {
            this.connection = connection;
            this.autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            this.query = connection.prepareStatement(sql);
            query.setFetchSize(2_000);
            this.rows = query.executeQuery();
        }

        String next() throws SQLException {
            return rows.next() ? rows.getString(1) : null;
        }

        @Override
        public void close() throws SQLException {
            try (query) {
                rows.close();
            } finally {
                connection.commit();
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static String rowsQuery(RunTable table) {
        String values =
                table.columns().stream().map(column -> "t." + quoted(column)).collect(Collectors.joining(", "));
        return "SELECT ROW(p.la_code" + (values.isEmpty() ? "" : ", " + values) + ")::text AS r FROM "
                + quoted(table.name()) + " t JOIN published_run p ON p.run_id = t.run_id";
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
