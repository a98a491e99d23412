package org.provisionlens.core.charts;

import java.util.List;
import java.util.Objects;

/**
 * What a bar chart shows. {@code id} becomes the SVG element's id (and prefixes its title's id), so it must be a valid
 * HTML id; the order of {@code values} gives the order of series and categories.
 */
public record BarChart(
        String id, String title, String categoryAxisLabel, String valueAxisLabel, List<ChartValue> values) {

    public BarChart {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("id must be a letter followed by letters, digits, '-' or '_': " + id);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(categoryAxisLabel, "categoryAxisLabel");
        Objects.requireNonNull(valueAxisLabel, "valueAxisLabel");
        values = List.copyOf(values);
    }

    /** How many bars (or stacked segments) the chart draws: one per known value. */
    public long knownValues() {
        return values.stream().filter(ChartValue::known).count();
    }
}
