package org.provisionlens.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts the data records of an input file without the platform's readers, so that a test can hold "rows read" to a
 * count of its own: a CSV's records after the header (a line break inside double quotes does not end a record; a blank
 * line is a record, as the readers count it), or a GeoJSON file's features.
 */
public final class DataRecords {

    private DataRecords() {}

    public static long csv(Path file) {
        String text = read(file);
        long records = 0;
        boolean quoted = false;
        boolean recordOpen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                records++;
                recordOpen = false;
                continue;
            }
            recordOpen = true;
        }
        // the last record may lack its line break; the header is not data
        return records + (recordOpen ? 1 : 0) - 1;
    }

    public static long geoJsonFeatures(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile()).path("features").size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Byte by byte: a quote and a line break are single bytes in UTF-8 and in Windows-1252 alike. */
    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
