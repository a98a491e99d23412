package org.provisionlens.core.charts;

import java.util.Objects;

/**
 * One value a bar chart draws: the bar of {@code series} in {@code category}. A {@code null} value means unknown (or
 * suppressed): no bar is drawn for it, never a bar of zero.
 */
public record ChartValue(String series, String category, Double value) {

    public ChartValue {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(category, "category");
        if (value != null && (value.isNaN() || value.isInfinite())) {
            throw new IllegalArgumentException("value must be finite or null (unknown), was " + value);
        }
    }

    /** A value that may be unknown, from a nullable integer count. */
    public static ChartValue of(String series, String category, Integer count) {
        return new ChartValue(series, category, count == null ? null : count.doubleValue());
    }

    public boolean known() {
        return value != null;
    }
}
