package org.provisionlens.jobs.generate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.provisionlens.core.csv.CsvFormats;
import org.provisionlens.core.csv.CsvRecordReader;
import tech.tablesaw.api.StringColumn;

/**
 * The calibration files (a few MB at most, read with the platform's {@link CsvRecordReader}: Apache Commons CSV,
 * byte-order mark removed, blank lines skipped) as header and rows or as a Tablesaw data frame of text columns, and the
 * quoting of generated fields.
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

    /**
     * The file as a data frame: one text column per header name, a short row's missing values empty. The calibration
     * tables are read this way and filtered by column ({@code where(...)}).
     */
    static tech.tablesaw.api.Table frame(Path file) {
        Table table = read(file);
        StringColumn[] columns = IntStream.range(0, table.header().size())
                .mapToObj(c -> StringColumn.create(
                        table.header().get(c).trim(),
                        table.rows().stream().map(row -> c < row.size() ? row.get(c) : "")))
                .toArray(StringColumn[]::new);
        return tech.tablesaw.api.Table.create(file.getFileName().toString(), columns);
    }

    static Table parse(String content) {
        List<List<String>> records = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(content))) {
            for (CsvRecordReader.Record record = reader.next(); record != null; record = reader.next()) {
                if (!record.closed()) {
                    throw new IllegalArgumentException(
                            "a quoted value opened in the record on line " + record.line() + " is never closed");
                }
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

    /** The value as a CSV field: quoted when it holds a comma, a quote or a line break (Commons CSV, minimal quotes). */
    static String quote(String value) {
        return value == null || value.isEmpty() ? "" : CsvFormats.FILE.format(value);
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
