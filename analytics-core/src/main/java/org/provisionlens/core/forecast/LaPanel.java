package org.provisionlens.core.forecast;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Every local authority's yearly series (keyed by LA code), with the region of each: what the pooled models and the
 * back-test work on. {@link #upTo} cuts every series at an origin, so that nothing after it can be used.
 */
public record LaPanel(Map<String, YearlySeries> series, Map<String, String> regionOf) {

    /** An LA is forecast at an origin when it has this many consecutive years above zero ending at the origin. */
    public static final int MINIMUM_YEARS = 3;

    public LaPanel {
        series = Map.copyOf(series);
        regionOf = Map.copyOf(regionOf);
    }

    public static LaPanel of(Map<String, ? extends Map<Integer, Double>> values, Map<String, String> regionOf) {
        Map<String, YearlySeries> series = new TreeMap<>();
        values.forEach((code, years) -> series.put(code, YearlySeries.of(code, years)));
        return new LaPanel(series, regionOf);
    }

    /** Every series cut at {@code origin} (its years up to and including the origin). */
    public LaPanel upTo(int origin) {
        Map<String, YearlySeries> cut = new TreeMap<>();
        series.forEach((code, s) -> cut.put(code, s.upTo(origin)));
        return new LaPanel(cut, regionOf);
    }

    /** The LAs with {@link #MINIMUM_YEARS} consecutive years above zero ending at {@code origin}, sorted by code. */
    public List<String> eligible(int origin) {
        return series.entrySet().stream()
                .filter(e -> {
                    NavigableMap<Integer, Double> v = e.getValue().values();
                    for (int year = origin - MINIMUM_YEARS + 1; year <= origin; year++) {
                        Double value = v.get(year);
                        if (value == null || value <= 0) {
                            return false;
                        }
                    }
                    return true;
                })
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** The LA's value in {@code year}, or null. */
    public Double value(String la, int year) {
        YearlySeries s = series.get(la);
        return s == null ? null : s.values().get(year);
    }
}
