package org.provisionlens.core.charts;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a forecast chart shows: a yearly series, actual values then forecasts with their intervals. {@code id} becomes
 * the SVG element's id, so it must be a valid HTML id; the points are kept in year order.
 */
public record ForecastChart(String id, String title, String valueAxisLabel, List<ForecastPoint> points) {

    public ForecastChart {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("id must be a letter followed by letters, digits, '-' or '_': " + id);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(valueAxisLabel, "valueAxisLabel");
        points = points.stream()
                .sorted(Comparator.comparingInt(ForecastPoint::year))
                .toList();
    }

    public List<ForecastPoint> actuals() {
        return points.stream().filter(p -> !p.forecast()).toList();
    }

    public List<ForecastPoint> forecasts() {
        return points.stream().filter(ForecastPoint::forecast).toList();
    }
}
