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

    /** The table as RFC 4180 CSV (see {@link Csv}); the XLSX download is written from the same cells. */
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

    public static Builder named(String name, String... headers) {
        return new Builder(name, headers);
    }
}
