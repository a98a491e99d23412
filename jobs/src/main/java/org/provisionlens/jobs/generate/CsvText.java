package org.provisionlens.jobs.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV reader and quoting helper for the calibration files (a few MB at most): removes a UTF-8 byte-order mark,
 * honours quoted fields with commas, doubled quotes and line breaks, and accepts CRLF line ends.
 */
final class CsvText {

    private CsvText() {}

    /** The file as a header and rows. */
    static Table read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static Table parse(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    fields.add(field.toString());
                    records.add(fields);
                }
                fields = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            records.add(fields);
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("an empty CSV file has no header");
        }
        return new Table(records.get(0), records.subList(1, records.size()));
    }

    /** The value as a CSV field: quoted when it holds a comma, a quote or a line break. */
    static String quote(String value) {
        if (value == null) {
            return "";
        }
        boolean needs = false;
        for (int i = 0; i < value.length() && !needs; i++) {
            char c = value.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** A parsed file: the header and the records after it. */
    record Table(List<String> header, List<List<String>> rows) {

        int column(String name) {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("no column " + name + " in " + header);
            }
            return index;
        }
    }
}
