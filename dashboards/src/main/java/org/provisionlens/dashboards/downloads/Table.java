package org.provisionlens.dashboards.downloads;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table to download, as CSV or XLSX: a header row, then rows of cells. A {@link Number} cell is a number, a
 * {@code null} cell is unknown (an empty cell, never 0), anything else is text.
 */
public record Table(String name, List<String> headers, List<List<Object>> rows) {

    public Table {
        Objects.requireNonNull(name, "name");
        headers = List.copyOf(headers);
        List<List<Object>> copied = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(
                        "a row of " + row.size() + " cells under " + headers.size() + " headers in " + name);
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copied);
    }

    /** The table as RFC 4180 CSV (see {@link Csv}). */
    public String csv() {
        StringBuilder csv = new StringBuilder(Csv.line(headers));
        rows.forEach(row -> csv.append(Csv.line(row)));
        return csv.toString();
    }

    /** Collects rows for a table whose cells may be null. */
    public static final class Builder {
        private final String name;
        private final List<String> headers;
        private final List<List<Object>> rows = new ArrayList<>();

        public Builder(String name, String... headers) {
            this.name = name;
            this.headers = List.of(headers);
        }

        public Builder row(Object... cells) {
            rows.add(java.util.Arrays.asList(cells));
            return this;
        }

        public Table build() {
            return new Table(name, headers, rows);
        }
    }

    /**
     * A table from CSV text written by {@link Csv} (the CSV downloads), so every CSV download can also be an XLSX one:
     * plain numbers become numbers, empty cells stay empty (never 0), a neutralising leading apostrophe is dropped.
     */
    public static Table fromCsv(String name, String csv) {
        List<List<String>> records = new java.util.ArrayList<>();
        try (var reader = new org.provisionlens.core.csv.CsvRecordReader(new java.io.StringReader(csv))) {
            for (var record = reader.next(); record != null; record = reader.next()) {
                records.add(record.values());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringReader does not fail
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("CSV of " + name + " has no header");
        }
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            List<Object> cells = new java.util.ArrayList<>();
            for (String cell : record) {
                if (cell.isEmpty()) {
                    cells.add(null);
                } else if (cell.matches("-?\\d+(\\.\\d+)?")) {
                    cells.add(new java.math.BigDecimal(cell));
                } else {
                    cells.add(cell.startsWith("'") ? cell.substring(1) : cell);
                }
            }
            rows.add(cells);
        }
        return new Table(name, records.get(0), rows);
    }

    public static Builder named(String name, String... headers) {
        return new Builder(name, headers);
    }
}
