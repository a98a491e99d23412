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

    OutputFile(Path folder, String name, String header) {
        this.name = name;
        try {
            this.writer = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
            writer.write(header);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(name), e);
        }
    }

    String name() {
        return name;
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
