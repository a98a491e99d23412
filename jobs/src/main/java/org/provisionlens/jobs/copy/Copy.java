package org.provisionlens.jobs.copy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.function.Function;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL COPY into a table ({@code FORMAT csv}, the rows printed by {@link CsvRows}), inside the caller's
 * transaction: from rows in memory, or streamed from an iterator.
 */
public final class Copy {

    private static final int FLUSH_BYTES = 1 << 20;

    private Copy() {}

    public static long rows(Connection connection, String tableAndColumns, CsvRows rows)
            throws SQLException, IOException {
        if (rows.rows() == 0) {
            return 0;
        }
        return connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn(sql(tableAndColumns), new StringReader(rows.text()));
    }

    /**
     * Streams rows one by one (e.g. a Spark dataset's {@code toLocalIterator()}, one partition at a time in the driver)
     * so that millions of rows never sit in memory at once.
     */
    public static <T> long stream(
            Connection connection, String tableAndColumns, Iterator<T> rows, Function<T, Object[]> values)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql(tableAndColumns));
        try {
            StringBuilder buffer = new StringBuilder();
            CsvRows csv = new CsvRows(buffer);
            while (rows.hasNext()) {
                csv.add(values.apply(rows.next()));
                if (buffer.length() >= FLUSH_BYTES) {
                    write(copy, buffer);
                }
            }
            write(copy, buffer);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    private static String sql(String tableAndColumns) {
        return "COPY " + tableAndColumns + " FROM STDIN WITH (FORMAT csv)";
    }
}
