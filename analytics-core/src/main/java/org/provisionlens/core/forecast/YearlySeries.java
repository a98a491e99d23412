package org.provisionlens.core.forecast;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A yearly count (e.g. EHC plans each January, keyed by calendar year: 2025 for the January 2025 snapshot of academic
 * year 2024/25). Years may be missing; values are never negative.
 */
public record YearlySeries(String name, NavigableMap<Integer, Double> values) {

    public YearlySeries {
        Objects.requireNonNull(name, "name");
        values = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(values));
        values.forEach((year, value) -> {
            if (value == null || value < 0 || value.isNaN()) {
                throw new IllegalArgumentException(name + ": value for " + year + " must be 0 or more, was " + value);
            }
        });
    }

    public static YearlySeries of(String name, Map<Integer, ? extends Number> values) {
        TreeMap<Integer, Double> copy = new TreeMap<>();
        values.forEach((year, value) -> copy.put(year, value.doubleValue()));
        return new YearlySeries(name, copy);
    }

    /** The years up to and including {@code lastYear}. */
    public YearlySeries upTo(int lastYear) {
        return new YearlySeries(name, values.headMap(lastYear, true));
    }

    public int size() {
        return values.size();
    }

    public int lastYear() {
        return values.lastKey();
    }
}
