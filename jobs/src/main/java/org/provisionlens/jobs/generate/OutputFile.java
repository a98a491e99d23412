package org.provisionlens.jobs.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One CSV file being written row by row: counts its rows, broken rows and physical lines (a quoted line break in a
 * comment makes one row span two lines; the key names the line a row starts on, the header being line 1).
 */
final class OutputFile implements AutoCloseable {

    private final String name;
    private final BufferedWriter writer;
    private long line = 1;
    private long rows;
    private long broken;
    private final boolean keyed;
    private String laCode;

    OutputFile(Path folder, String name, String header) {
        this(folder, name, header, false);
    }

    /**
     * @param keyed whether rows end with their LA's GSS code (column {@code la_code}, after the header's columns), as
     *     the files of several LAs do so that a national run can key them; a blank row stays blank
     */
    OutputFile(Path folder, String name, String header, boolean keyed) {
        this.name = name;
        this.keyed = keyed;
        try {
            this.writer = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
            writer.write(keyed ? header + ",la_code" : header);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(name), e);
        }
    }

    String name() {
        return name;
    }

    /** The LA whose rows follow (written as their la_code when the file is keyed). */
    void la(String gssCode) {
        this.laCode = gssCode;
    }

    /** Writes one row (without its line end) and returns the line it starts on. */
    long write(CharSequence row, boolean isBroken) {
        long at = ++line;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\n') {
                line++;
            }
        }
        try {
            writer.append(row);
            if (keyed && row.length() > 0) {
                writer.write(',');
                writer.write(laCode);
            }
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name, e);
        }
        rows++;
        if (isBroken) {
            broken++;
        }
        return at;
    }

    long rows() {
        return rows;
    }

    long broken() {
        return broken;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + name, e);
        }
    }
}
