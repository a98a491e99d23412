package org.provisionlens.jobs.publish;

import java.util.List;

/** Rows in PostgreSQL's COPY CSV format: NULL is an unquoted empty field, every text is quoted. */
final class CsvRows {

    private final StringBuilder text = new StringBuilder();
    private long rows;

    CsvRows add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            Object value = values[i];
            if (value == null) {
                continue;
            }
            if (value instanceof Number || value instanceof Boolean) {
                text.append(value);
            } else if (value instanceof java.util.Collection<?> elements) {
                text.append('"')
                        .append(arrayLiteral(elements).replace("\"", "\"\""))
                        .append('"');
            } else {
                text.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
            }
        }
        text.append('\n');
        rows++;
        return this;
    }

    /** A PostgreSQL array literal: {"a","b"} with quotes and backslashes in elements escaped. */
    static String arrayLiteral(java.util.Collection<?> elements) {
        StringBuilder literal = new StringBuilder("{");
        for (Object element : elements) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"')
                    .append(String.valueOf(element).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return literal.append('}').toString();
    }

    /** One row as a CSV line (with its newline), for streaming. */
    static String line(Object... values) {
        return new CsvRows().add(values).text();
    }

    CsvRows addAll(List<Object[]> rowsToAdd) {
        rowsToAdd.forEach(this::add);
        return this;
    }

    long rows() {
        return rows;
    }

    String text() {
        return text.toString();
    }
}
