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
            } else {
                text.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
            }
        }
        text.append('\n');
        rows++;
        return this;
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
