package org.provisionlens.core.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV records (RFC 4180, through Apache Commons CSV with {@link CsvFormats#READ}) for inputs whose values may span
 * lines (comment texts): a quoted value may hold commas, doubled quotes ({@code ""}) and line breaks. Each record knows
 * the line it starts on, counting every physical line (LF, CRLF or CR), so quarantine rows point at the right place in
 * the file. A leading byte-order mark is skipped.
 *
 * <p>Lenient where RFC 4180 is silent: a quote inside an unquoted value, or text after a closing quote, is kept as
 * text. A line break inside a quoted value becomes {@code \n}.
 */
public final class CsvRecordReader implements Closeable {

    /**
     * One record.
     *
     * @param line the line it starts on (1 = the first line of the file)
     * @param values its values, in order (none when it is not closed)
     * @param closed false when a quote was opened and never closed, so the record runs to the end of the file
     */
    public record Record(long line, List<String> values, boolean closed) {

        public Record {
            values = List.copyOf(values);
        }

        /** A line with nothing on it but spaces. */
        public boolean isBlank() {
            return closed && values.size() == 1 && values.get(0).isBlank();
        }
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private boolean finished;

    public CsvRecordReader(Reader reader) {
        try {
            this.parser = CSVParser.builder()
                    .setReader(Bom.skip(reader))
                    .setFormat(CsvFormats.READ)
                    .get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.records = parser.iterator();
    }

    /** The next record, or {@code null} at the end of the input. */
    public Record next() throws IOException {
        if (finished) {
            return null;
        }
        long start = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                finished = true;
                return null;
            }
            return new Record(start, values(records.next()), true);
        } catch (UncheckedIOException e) {
            finished = true;
            if (e.getCause() instanceof CSVException) {
                // the only malformed input a lenient RFC 4180 parser refuses: a quote still open at the end
                return new Record(start, List.of(), false);
            }
            throw e.getCause();
        }
    }

    private static List<String> values(CSVRecord record) {
        return record.stream()
                .map(value -> value.indexOf('\r') < 0
                        ? value
                        : value.replace("\r\n", "\n").replace('\r', '\n'))
                .toList();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
