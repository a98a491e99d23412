package org.provisionlens.jobs.sources.oruk;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.provisionlens.core.csv.CsvFormats;
import org.provisionlens.jobs.ingest.InputException;

/**
 * A small CSV file read whole (RFC 4180, Apache Commons CSV): quoted values may hold commas, doubled quotes and line
 * breaks; lines may end in LF, CRLF or the CR CR LF some exports write (one line break). Each row keeps the line it
 * starts on, the header being line 1. Blank lines are skipped.
 */
final class CsvTable {

    /** One data row: its first line and its values by (trimmed) column name; a short row lacks its last columns. */
    record Row(long line, Map<String, String> values) {

        /** The value, or {@code null} when the column is absent from the row or the file. */
        String get(String column) {
            return values.get(column);
        }
    }

    private static final Pattern OPENED_ON = Pattern.compile("\\(startline ([\\d,]+)\\)");

    private final String fileName;
    private final List<String> columns;
    private final List<Row> rows;
    private final byte[] bytes;

    private CsvTable(String fileName, List<String> columns, List<Row> rows, byte[] bytes) {
        this.fileName = fileName;
        this.columns = columns;
        this.rows = rows;
        this.bytes = bytes;
    }

    static CsvTable read(Path file, Charset charset) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException("file " + file + " cannot be read: " + e.getMessage(), e);
        }
        // CR CR LF (a CRLF file saved again in text mode) is one line break, as an editor shows it
        String text = OrukJsonReader.decode(bytes, charset, "file " + file).replace("\r\r\n", "\r\n");
        List<List<String>> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        parse(file, text, records, lines);
        if (records.isEmpty()) {
            throw new InputException("file " + file + " is empty: expected a CSV header line");
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < values.size(); c++) {
                byColumn.putIfAbsent(header.get(c), values.get(c));
            }
            rows.add(new Row(lines.get(r), Collections.unmodifiableMap(byColumn)));
        }
        return new CsvTable(file.getFileName().toString(), header, List.copyOf(rows), bytes);
    }

    /** The non-blank records and the line each starts on (Apache Commons CSV, line breaks inside values kept). */
    private static void parse(Path file, String text, List<List<String>> records, List<Long> lines) {
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(CsvFormats.READ)
                .get()) {
            Iterator<CSVRecord> iterator = parser.iterator();
            long start = 1;
            while (hasNext(file, iterator, start)) {
                List<String> values = iterator.next().toList();
                if (!(values.size() == 1 && values.get(0).isBlank())) {
                    records.add(values);
                    lines.add(start);
                }
                start = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    private static boolean hasNext(Path file, Iterator<CSVRecord> iterator, long recordLine) {
        try {
            return iterator.hasNext();
        } catch (UncheckedIOException e) {
            // Commons CSV names the line the quote opened on as "(startline N)"
            Matcher opened = OPENED_ON.matcher(String.valueOf(e.getCause().getMessage()));
            String line = opened.find() ? opened.group(1).replace(",", "") : Long.toString(recordLine);
            throw new InputException(
                    "file " + file + ": the quoted value opened on line " + line
                            + " is never closed (expected a closing \")",
                    e);
        }
    }

    String fileName() {
        return fileName;
    }

    List<String> columns() {
        return columns;
    }

    boolean hasColumn(String column) {
        return columns.contains(column);
    }

    List<Row> rows() {
        return rows;
    }

    /** The file's bytes as read, for the input's SHA-256. */
    byte[] bytes() {
        return bytes;
    }
}
