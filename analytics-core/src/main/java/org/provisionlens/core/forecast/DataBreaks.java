package org.provisionlens.core.forecast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Breaks in the data: a year whose change from the year before is far outside what every other LA did that year (a
 * recording change, not demand). For each year, the year-on-year log changes of every LA are compared with their median;
 * the spread is the median absolute deviation x 1.4826 (a robust standard deviation); a change is a break when it is
 * more than {@link #SPREADS} spreads and more than {@link #MINIMUM} (about 28%) away from the median. Breaks are listed,
 * and the back-test does not score a forecast against a break.
 */
public final class DataBreaks {

    static final double SPREADS = 6;
    static final double MINIMUM = 0.25;
    private static final double MAD_TO_SD = 1.4826;

    /** A flagged year of an LA: its value, the year before, its log change and the median log change of all LAs. */
    public record Break(String la, int year, double value, double previous, double logChange, double typical) {}

    private DataBreaks() {}

    public static List<Break> detect(LaPanel panel) {
        Map<Integer, Map<String, Double>> changes = new TreeMap<>();
        panel.series()
                .forEach((la, series) -> series.values().forEach((year, value) -> {
                    Double before = series.values().get(year - 1);
                    if (before != null && before > 0 && value > 0) {
                        changes.computeIfAbsent(year, y -> new TreeMap<>()).put(la, Math.log(value / before));
                    }
                }));
        List<Break> breaks = new ArrayList<>();
        changes.forEach((year, byLa) -> {
            double[] values =
                    byLa.values().stream().mapToDouble(Double::doubleValue).toArray();
            double median = new Median().evaluate(values);
            double[] deviations = byLa.values().stream()
                    .mapToDouble(v -> Math.abs(v - median))
                    .toArray();
            double spread = MAD_TO_SD * new Median().evaluate(deviations);
            double limit = Math.max(SPREADS * spread, MINIMUM);
            byLa.forEach((la, change) -> {
                if (Math.abs(change - median) > limit) {
                    breaks.add(new Break(la, year, panel.value(la, year), panel.value(la, year - 1), change, median));
                }
            });
        });
        breaks.sort(Comparator.comparing(Break::year).thenComparing(Break::la));
        return List.copyOf(breaks);
    }
}
