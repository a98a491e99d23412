package org.provisionlens.jobs.cluster;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.postgresql.ds.PGSimpleDataSource;
import org.provisionlens.db.DatabaseSettings;

/**
 * {@code CompareRuns <label>=<jdbc-url> <label>=<jdbc-url>}: compares, row for row, what two platform databases
 * published (see {@link PublishedRows}), prints one line per table (rows on each side, identical or how many rows
 * differ, with a few of them) and exits 0 when every table is identical, 1 when any differs or the two published
 * different LAs (or none), 2 on bad arguments. User and password: {@code PROVISION_LENS_DB_USER} and
 * {@code PROVISION_LENS_DB_PASSWORD} (default postgres, no password), as the jobs read them.
 */
public final class CompareRuns {

    private static final int EXAMPLES = 3;
    private static final int EXAMPLE_WIDTH = 200;

    private CompareRuns() {}

    /** What one table gave on each side. */
    record TableResult(String table, long rowsA, long rowsB, long onlyA, long onlyB, List<String> examples) {
        boolean identical() {
            return onlyA == 0 && onlyB == 0 && rowsA == rowsB;
        }
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 2 || !args[0].contains("=") || !args[1].contains("=")) {
            System.err.println("usage: CompareRuns <label>=<jdbc-url> <label>=<jdbc-url>");
            System.exit(2);
        }
        String[] a = args[0].split("=", 2);
        String[] b = args[1].split("=", 2);
        String user = System.getenv().getOrDefault(DatabaseSettings.USER_VARIABLE, "postgres");
        String password = System.getenv().getOrDefault(DatabaseSettings.PASSWORD_VARIABLE, "");
        try (Connection first = connect(a[1], user, password);
                Connection second = connect(b[1], user, password)) {
            System.exit(compare(a[0], first, b[0], second, System.out));
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(url);
        source.setUser(user);
        source.setPassword(password);
        return source.getConnection();
    }

    /** Prints the comparison to {@code out}; returns the exit code (0 identical, 1 not). */
    static int compare(String labelA, Connection a, String labelB, Connection b, PrintStream out) throws SQLException {
        PublishedRows rowsA = new PublishedRows(a);
        PublishedRows rowsB = new PublishedRows(b);
        Set<String> lasA = rowsA.publishedLas();
        Set<String> lasB = rowsB.publishedLas();
        out.println("Published LAs: " + labelA + " " + lasA.size() + ", " + labelB + " " + lasB.size() + " " + lasA);
        if (lasA.isEmpty() || !lasA.equals(lasB)) {
            out.println(lasA.isEmpty() ? "Nothing was published: nothing to compare." : "DIFFERENT LAs published.");
            return 1;
        }
        Map<String, PublishedRows.RunTable> tables = rowsA.runTables();
        if (!tables.keySet().equals(rowsB.runTables().keySet())) {
            out.println("DIFFERENT schemas: " + tables.keySet() + " and "
                    + rowsB.runTables().keySet());
            return 1;
        }
        Set<String> leftOut = new TreeSet<>();
        tables.values().forEach(table -> leftOut.addAll(table.leftOut()));
        out.println("Every table with a run_id, rows of the published runs keyed by LA; columns left out: "
                + String.join(", ", leftOut) + " (run ids, identity columns, timestamps, the lease's process).");
        out.printf("%-32s %12s %12s  %s%n", "table", labelA, labelB, "result");
        int differing = 0;
        long rows = 0;
        for (PublishedRows.RunTable table : tables.values()) {
            TableResult result = compare(table, labelA, rowsA, labelB, rowsB);
            rows += result.rowsA();
            if (!result.identical()) {
                differing++;
            }
            out.printf(
                    "%-32s %12d %12d  %s%n",
                    table.name(),
                    result.rowsA(),
                    result.rowsB(),
                    result.identical()
                            ? "identical"
                            : "DIFFERENT: " + result.onlyA() + " rows only in " + labelA + ", " + result.onlyB()
                                    + " only in " + labelB);
            result.examples().forEach(example -> out.println("    " + example));
        }
        out.println("Not compared (not a run's results): " + String.join(", ", rowsA.otherTables()));
        if (differing == 0) {
            out.println(tables.size() + " tables compared, " + rows + " rows: all identical.");
            return 0;
        }
        out.println(tables.size() + " tables compared: " + differing + " DIFFERENT.");
        return 1;
    }

    private static TableResult compare(
            PublishedRows.RunTable table, String labelA, PublishedRows a, String labelB, PublishedRows b)
            throws SQLException {
        PublishedRows.Digest digestA = a.digest(table);
        PublishedRows.Digest digestB = b.digest(table);
        if (digestA.equals(digestB)) {
            return new TableResult(table.name(), digestA.rows(), digestB.rows(), 0, 0, List.of());
        }
        long onlyA = 0;
        long onlyB = 0;
        List<String> examples = new ArrayList<>();
        try (PublishedRows.RowCursor cursorA = a.open(table);
                PublishedRows.RowCursor cursorB = b.open(table)) {
            String rowA = cursorA.next();
            String rowB = cursorB.next();
            while (rowA != null || rowB != null) {
                int order = rowA == null ? 1 : rowB == null ? -1 : byCodePoint(rowA, rowB);
                if (order == 0) {
                    rowA = cursorA.next();
                    rowB = cursorB.next();
                } else if (order < 0) {
                    onlyA++;
                    example(examples, "only in " + labelA + ": " + rowA);
                    rowA = cursorA.next();
                } else {
                    onlyB++;
                    example(examples, "only in " + labelB + ": " + rowB);
                    rowB = cursorB.next();
                }
            }
        }
        return new TableResult(table.name(), digestA.rows(), digestB.rows(), onlyA, onlyB, examples);
    }

    private static void example(List<String> examples, String row) {
        if (examples.size() < 2 * EXAMPLES) {
            examples.add(row.length() > EXAMPLE_WIDTH ? row.substring(0, EXAMPLE_WIDTH) + "..." : row);
        }
    }

    /** The order of PostgreSQL's "C" collation on UTF-8 text: by code point. */
    static int byCodePoint(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Boolean.compare(i < x.length(), j < y.length());
    }
}
