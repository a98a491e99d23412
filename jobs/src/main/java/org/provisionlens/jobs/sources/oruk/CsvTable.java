package org.provisionlens.jobs.sources.oruk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.jobs.ingest.InputException;

/**
 * A small CSV file read whole (RFC 4180): quoted values may hold commas, doubled quotes and line breaks; lines may end
 * in LF, CRLF or the CR CR LF some exports write (a CR outside quotes is ignored). Each row keeps the line it starts
 * on, counting LFs as the platform does everywhere, the header being line 1. Blank lines are skipped.
 */
final class CsvTable {

    /** One data row: its first line and its values by (trimmed) column name; a short row lacks its last columns. */
    record Row(long line, Map<String, String> values) {

        /** The value, or {@code null} when the column is absent from the row or the file. */
        String get(String column) {
            return values.get(column);
        }
    }

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
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException("file " + file + " is not valid " + charset.displayName() + " text", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
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

    // Its own parser, not CsvRecordReader: the profile's example tables end lines in CR CR LF, which must count as one
    // line break (LF counted, CR dropped) for line numbers to match the file as an editor shows it.
    private static void parse(Path file, String text, List<List<String>> records, List<Long> lines) {
        long line = 1;
        long recordLine = 1;
        long quoteLine = 0;
        List<String> record = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        value.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    value.append(c);
                }
            } else if (c == '"' && value.toString().isBlank()) {
                quoted = true;
                quoteLine = line;
                value.setLength(0);
                fieldStarted = true;
            } else if (c == ',') {
                record.add(value.toString());
                value.setLength(0);
                fieldStarted = true;
            } else if (c == '\n') {
                endRecord(record, value, fieldStarted, records, lines, recordLine);
                record = new ArrayList<>();
                value.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else if (c != '\r') {
                value.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new InputException("file " + file + ": the quoted value opened on line " + quoteLine
                    + " is never closed (expected a closing \")");
        }
        endRecord(record, value, fieldStarted, records, lines, recordLine);
    }

    private static void endRecord(
            List<String> record,
            StringBuilder value,
            boolean fieldStarted,
            List<List<String>> records,
            List<Long> lines,
            long line) {
        if (!fieldStarted && record.isEmpty()) {
            return;
        }
        record.add(value.toString());
        if (record.stream().allMatch(String::isBlank) && record.size() == 1) {
            return;
        }
        records.add(record);
        lines.add(line);
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
