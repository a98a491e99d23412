package org.provisionlens.core.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records (RFC 4180) in the driver, for inputs whose values may span lines (comment texts): a quoted value
 * may hold commas, doubled quotes ({@code ""}) and line breaks. Each record knows the line it starts on, counting every
 * physical line (LF, CRLF or CR), so quarantine rows point at the right place in the file.
 *
 * <p>Lenient where RFC 4180 is silent: a quote inside an unquoted value, or text after a closing quote, is kept as
 * text. A line break inside a quoted value becomes {@code \n}.
 */
public final class CsvRecordReader implements Closeable {

    /**
     * One record.
     *
     * @param line the line it starts on (1 = the first line of the file)
     * @param values its values, in order
     * @param quoted whether any value was in quotes
     * @param closed false when a quote was opened and never closed, so the record runs to the end of the file
     */
    public record Record(long line, List<String> values, boolean quoted, boolean closed) {

        public Record {
            values = List.copyOf(values);
        }

        /** A line with nothing on it but spaces. */
        public boolean isBlank() {
            return !quoted && values.size() == 1 && values.get(0).isBlank();
        }
    }

    private final PushbackReader in;
    private long line = 1;

    public CsvRecordReader(Reader reader) {
        this.in = new PushbackReader(reader, 1);
    }

    /** The next record, or {@code null} at the end of the input. */
    public Record next() throws IOException {
        int c = in.read();
        if (c < 0) {
            return null;
        }
        long start = line;
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean inQuotes = false;
        boolean valueQuoted = false;
        boolean quoted = false;
        while (true) {
            if (c < 0) {
                values.add(value.toString());
                return new Record(start, values, quoted, !inQuotes);
            }
            if (inQuotes) {
                if (c == '"') {
                    int after = in.read();
                    if (after == '"') {
                        value.append('"');
                    } else {
                        inQuotes = false;
                        unread(after);
                    }
                } else if (c == '\r' || c == '\n') {
                    lineBreak(c);
                    value.append('\n');
                } else {
                    value.append((char) c);
                }
            } else if (c == ',') {
                values.add(value.toString());
                value.setLength(0);
                valueQuoted = false;
            } else if (c == '\r' || c == '\n') {
                lineBreak(c);
                values.add(value.toString());
                return new Record(start, values, quoted, true);
            } else if (c == '"' && value.length() == 0 && !valueQuoted) {
                inQuotes = true;
                valueQuoted = true;
                quoted = true;
            } else {
                value.append((char) c);
            }
            c = in.read();
        }
    }

    /** Counts a line break, reading the LF of a CRLF. */
    private void lineBreak(int c) throws IOException {
        line++;
        if (c == '\r') {
            int after = in.read();
            if (after != '\n') {
                unread(after);
            }
        }
    }

    private void unread(int c) throws IOException {
        if (c >= 0) {
            in.unread(c);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
