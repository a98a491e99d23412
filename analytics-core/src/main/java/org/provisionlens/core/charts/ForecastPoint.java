package org.provisionlens.core.charts;

/**
 * One year of a forecast chart: an actual value ({@code forecast} false, no interval) or a forecast with its 80% and
 * 95% prediction intervals (either interval may be {@code null}: not drawn).
 */
public record ForecastPoint(
        int year, boolean forecast, double value, Double low80, Double high80, Double low95, Double high95) {

    public ForecastPoint {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, was " + value);
        }
        if ((low80 == null) != (high80 == null) || (low95 == null) != (high95 == null)) {
            throw new IllegalArgumentException("an interval needs both its bounds (year " + year + ")");
        }
    }

    public static ForecastPoint actual(int year, double value) {
        return new ForecastPoint(year, false, value, null, null, null, null);
    }

    public boolean has80() {
        return low80 != null;
    }

    public boolean has95() {
        return low95 != null;
    }
}
