package org.provisionlens.jobs.copy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.provisionlens.core.csv.CsvFormats;

/**
 * Rows in PostgreSQL's COPY CSV format, printed by Apache Commons CSV ({@code POSTGRESQL_CSV}): NULL is an unquoted
 * empty field, every other value is quoted (so the empty string stays an empty string), a collection is a PostgreSQL
 * array literal.
 */
public final class CsvRows {

    private final StringBuilder text;
    private final CSVPrinter printer;
    private long rows;

    public CsvRows() {
        this(new StringBuilder());
    }

    /** Rows appended to {@code text}, which the caller may empty between rows (to stream them). */
    public CsvRows(StringBuilder text) {
        this.text = text;
        this.printer = CsvFormats.printer(text, CsvFormats.COPY);
    }

    public CsvRows add(Object... values) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] instanceof Collection<?> elements ? arrayLiteral(elements) : values[i];
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        rows++;
        return this;
    }

    /** A PostgreSQL array literal: {"a","b"} with quotes and backslashes in elements escaped. */
    static String arrayLiteral(Collection<?> elements) {
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

    CsvRows addAll(List<Object[]> rowsToAdd) {
        rowsToAdd.forEach(this::add);
        return this;
    }

    public long rows() {
        return rows;
    }

    public String text() {
        return text.toString();
    }
}
