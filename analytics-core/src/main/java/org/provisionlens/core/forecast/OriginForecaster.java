package org.provisionlens.core.forecast;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.stream.Collectors;

/**
 * The central forecasts of every model at one origin. It holds the panel cut at the origin, so no model can see a later
 * year; national and regional growth are computed once from that cut panel.
 */
public final class OriginForecaster {

    private final LaPanel panel;
    private final int origin;
    private final double national;
    private final Map<String, Double> regional = new HashMap<>();

    public OriginForecaster(LaPanel full, int origin) {
        this.panel = full.upTo(origin);
        this.origin = origin;
        this.national = PooledGrowth.of(panel, panel.series().keySet(), origin);
        Map<String, List<String>> byRegion = panel.series().keySet().stream()
                .filter(la -> panel.regionOf().containsKey(la))
                .collect(Collectors.groupingBy(la -> panel.regionOf().get(la)));
        byRegion.forEach((region, las) -> regional.put(region, PooledGrowth.of(panel, las, origin)));
    }

    public int origin() {
        return origin;
    }

    /** National growth factor per year at the origin. */
    public double national() {
        return national;
    }

    /** The growth factor per year of the LA's region (national growth when its region is not known). */
    public double regional(String la) {
        String region = panel.regionOf().get(la);
        return region == null ? national : regional.getOrDefault(region, national);
    }

    /** The LA's own mean growth factor per year over its years up to the origin (geometric mean). */
    public double own(String la) {
        NavigableMap<Integer, Double> v = panel.series().get(la).values();
        int span = v.lastKey() - v.firstKey();
        return span == 0
                ? 1
                : Math.pow(v.lastEntry().getValue() / v.firstEntry().getValue(), 1.0 / span);
    }

    /**
     * The model's forecast of {@code la}, {@code h} years after the origin. {@code weight} is the blended models'
     * weight on own growth (0-1; ignored by the others). The LA must have a value above zero at the origin.
     */
    public double predict(ForecastModel model, String la, int h, double weight) {
        YearlySeries series = panel.series().get(la);
        Double lastValue = series == null ? null : series.values().get(origin);
        if (lastValue == null || lastValue <= 0) {
            throw new IllegalArgumentException(la + " has no value above zero at the origin " + origin);
        }
        double last = lastValue;
        NavigableMap<Integer, Double> v = series.values();
        return switch (model) {
            case NAIVE_LAST -> last;
            case NAIVE_DRIFT -> Math.max(0, last + h * driftPerYear(v));
            case GEOMETRIC_DRIFT -> last * Math.pow(own(la), h);
            case LINEAR -> trend(TrendModel.LINEAR, series, h);
            case LOG_LINEAR -> trend(TrendModel.LOG_LINEAR, series, h);
            case NATIONAL_GROWTH -> last * Math.pow(national, h);
            case REGIONAL_GROWTH -> last * Math.pow(regional(la), h);
            case BLEND_NATIONAL -> last * Math.exp(h * blend(own(la), national, weight));
            case BLEND_REGIONAL -> last * Math.exp(h * blend(own(la), regional(la), weight));
        };
    }

    private static double driftPerYear(NavigableMap<Integer, Double> v) {
        int span = v.lastKey() - v.firstKey();
        return span == 0 ? 0 : (v.lastEntry().getValue() - v.firstEntry().getValue()) / span;
    }

    private double trend(TrendModel trend, YearlySeries series, int h) {
        // a year of zero plans is a gap in the data, not a point of the trend (a log-linear trend cannot take it)
        Map<Integer, Double> positive = new HashMap<>();
        series.values().forEach((year, value) -> {
            if (value > 0) {
                positive.put(year, value);
            }
        });
        return trend.forecast(YearlySeries.of(series.name(), positive), List.of(origin + h))
                .get(0)
                .value();
    }

    private static double blend(double own, double pooled, double weight) {
        if (weight < 0 || weight > 1) {
            throw new IllegalArgumentException("a blend weight is 0-1, was " + weight);
        }
        return weight * Math.log(own) + (1 - weight) * Math.log(pooled);
    }
}
