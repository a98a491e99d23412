package org.provisionlens.jobs.bench;

import java.util.List;

/** Nearest-rank percentiles of measured values. */
final class Percentiles {

    private Percentiles() {}

    /**
     * The nearest-rank percentile: the smallest value with at least {@code percent}% of the values at or below it (the
     * {@code ceil(percent/100 * n)}-th smallest). NaN when there are none.
     */
    static double nearestRank(List<Double> values, double percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.min(sorted.size(), Math.max(1, rank)) - 1);
    }

    /** The median as the nearest-rank 50th percentile (the lower middle value of an even count). */
    static double median(List<Double> values) {
        return nearestRank(values, 50);
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }
}
