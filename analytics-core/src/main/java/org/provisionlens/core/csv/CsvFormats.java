package org.provisionlens.core.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The platform's CSV dialects, all Apache Commons CSV formats, and the spreadsheet-safe text of a cell. */
public final class CsvFormats {

    /** RFC 4180 as read: text after a closing quote kept, blank lines kept as records (so they can be reported). */
    public static final CSVFormat READ =
            CSVFormat.RFC4180.builder().setTrailingData(true).get();

    /** RFC 4180 with CRLF line ends: the downloads, as spreadsheets expect. */
    public static final CSVFormat SPREADSHEET = CSVFormat.RFC4180;

    /** RFC 4180 with LF line ends: the files the command line writes. */
    public static final CSVFormat FILE =
            CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    /** PostgreSQL's {@code COPY ... WITH (FORMAT csv)}: NULL an unquoted empty field, every other value quoted. */
    public static final CSVFormat COPY = CSVFormat.POSTGRESQL_CSV;

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvFormats() {}

    /** A printer of records in {@code format} into {@code out} (a StringBuilder or a Writer). */
    public static CSVPrinter printer(Appendable out, CSVFormat format) {
        try {
            return new CSVPrinter(out, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // only a header could fail, and none is printed
        }
    }

    /**
     * The value as a spreadsheet should see it: a text starting with {@code = + - @}, a tab or a carriage return gets a
     * leading apostrophe so that it is not run as a formula; numbers (and texts that are plain numbers) and
     * {@code null} are left alone.
     */
    public static Object spreadsheetSafe(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        String text = value.toString();
        if (text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0 || text.matches("-?\\d+(\\.\\d+)?")) {
            return text;
        }
        return "'" + text;
    }
}
