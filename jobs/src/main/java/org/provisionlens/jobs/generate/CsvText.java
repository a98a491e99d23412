package org.provisionlens.jobs.generate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.provisionlens.core.csv.CsvRecordReader;

/**
 * The calibration files as header and rows (a few MB at most, read with the platform's {@link CsvRecordReader}, byte-order
 * mark removed, blank lines skipped), and the quoting of generated fields.
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
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(text))) {
            for (CsvRecordReader.Record record = reader.next(); record != null; record = reader.next()) {
                if (!record.isBlank()) {
                    records.add(record.values());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
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
