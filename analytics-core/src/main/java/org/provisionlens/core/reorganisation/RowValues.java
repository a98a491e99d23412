package org.provisionlens.core.reorganisation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads the values of a published row as a JDBC driver gives them (Long, Integer, BigDecimal, String, Boolean, dates),
 * through {@code toString()} and {@link Number}, so the model never names a driver's types.
 */
final class RowValues {

    /** What the loader's queries join lists with (array_to_string, string_agg): a character no text contains. */
    static final String SEPARATOR = "\u001f";

    private RowValues() {}

    static String text(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }

    static Integer integer(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value instanceof Number n ? n.intValue() : Integer.valueOf(value.toString());
    }

    static Long whole(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value instanceof Number n ? n.longValue() : Long.valueOf(value.toString());
    }

    static Double decimal(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value instanceof Number n ? n.doubleValue() : Double.valueOf(value.toString());
    }

    static BigDecimal money(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : new BigDecimal(value.toString());
    }

    static Boolean flag(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value instanceof Boolean b ? b : Boolean.valueOf(value.toString());
    }

    /** A list the query joined with {@link #SEPARATOR}; empty when null or empty. */
    static List<String> list(Map<String, Object> row, String column) {
        String value = text(row, column);
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(SEPARATOR));
    }
}
