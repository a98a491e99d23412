package org.provisionlens.jobs.publish;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.provisionlens.jobs.copy.Copy;

/**
 * The child_record and demand_statistic tables of a run, streamed from Spark one partition at a time into the
 * publishing transaction (millions of rows nationally).
 */
final class DemandTables {

    /** The conformed child records' columns, in the order of table child_record (after run_id). */
    static final String[] CHILD_COLUMNS = {
        "pseudonymous_id",
        "lsoa_code",
        "postcode_district",
        "age",
        "primary_need",
        "support_level",
        "setting",
        "plan_or_referral_date",
        "waiting_since"
    };

    /** The long-form statistics' columns, in the order of table demand_statistic (after run_id and input_name). */
    static final String[] STATISTIC_COLUMNS = {
        "time_period", "geographic_level", "area_code", "filters", "indicator", "value", "suppressed"
    };

    private DemandTables() {}

    static long writeChildren(Connection connection, long runId, Dataset<Row> children) throws SQLException {
        Dataset<Row> ordered = children.selectExpr(CHILD_COLUMNS);
        return Copy.stream(
                connection,
                "child_record (run_id, " + String.join(", ", CHILD_COLUMNS) + ")",
                ordered.toLocalIterator(),
                row -> withRunId(runId, row));
    }

    static long writeStatistics(Connection connection, long runId, String inputName, Dataset<Row> statistics)
            throws SQLException {
        Dataset<Row> ordered = statistics.selectExpr(STATISTIC_COLUMNS);
        return Copy.stream(
                connection,
                "demand_statistic (run_id, input_name, " + String.join(", ", STATISTIC_COLUMNS) + ")",
                ordered.toLocalIterator(),
                row -> {
                    Object[] values = new Object[row.length() + 2];
                    values[0] = runId;
                    values[1] = inputName;
                    for (int i = 0; i < row.length(); i++) {
                        values[i + 2] = value(row.get(i));
                    }
                    return values;
                });
    }

    private static Object[] withRunId(long runId, Row row) {
        Object[] values = new Object[row.length() + 1];
        values[0] = runId;
        for (int i = 0; i < row.length(); i++) {
            values[i + 1] = value(row.get(i));
        }
        return values;
    }

    /** Dates as ISO text (COPY reads them), decimals as plain text; everything else as it is. */
    private static Object value(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.time.LocalDate date) {
            return date.toString();
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return value;
    }
}
