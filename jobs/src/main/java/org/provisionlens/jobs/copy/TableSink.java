package org.provisionlens.jobs.copy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a table writer's rows go: COPY into a connection's transaction (a review run's publication), or kept as CSV
 * text to be copied later (a national run's per-LA function, which runs on an executor with no connection). Either
 * way the writer gives the same table, columns and rows.
 */
@FunctionalInterface
public interface TableSink {

    /** The rows of one table, {@code tableAndColumns} as COPY names them: "service (run_id, service_id, ...)". */
    void rows(String tableAndColumns, CsvRows rows) throws SQLException, IOException;

    /** COPY into the table, inside the connection's transaction. */
    static TableSink copyTo(Connection connection) {
        return (tableAndColumns, rows) -> Copy.rows(connection, tableAndColumns, rows);
    }
}
