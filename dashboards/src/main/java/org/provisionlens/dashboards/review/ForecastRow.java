package org.provisionlens.dashboards.review;

import java.math.BigDecimal;
import org.provisionlens.core.charts.ForecastPoint;

/** One year of a demand series: an actual value, or a forecast with its 80% and 95% intervals (null: none). */
record ForecastRow(
        int year,
        String kind,
        BigDecimal value,
        BigDecimal low80,
        BigDecimal high80,
        BigDecimal low95,
        BigDecimal high95,
        String model) {

    /** The series of the whole local authority; an age band's series is "Age " and the band, e.g. "Age 11-15". */
    static final String ALL_PLANS = "All EHC plans";

    static String seriesForAge(String ageBand) {
        return ReviewLabels.ALL.equals(ageBand) ? ALL_PLANS : "Age " + ageBand;
    }

    public boolean forecast() {
        return "forecast".equals(kind);
    }

    public String kindText() {
        return forecast() ? "Forecast" : "Actual";
    }

    public String valueText() {
        return Numbers.plain(value);
    }

    public String interval80Text() {
        return interval(low80, high80);
    }

    public String interval95Text() {
        return interval(low95, high95);
    }

    private static String interval(BigDecimal low, BigDecimal high) {
        if (low == null || high == null) {
            return "";
        }
        return Numbers.plain(low) + " to " + Numbers.plain(high);
    }

    ForecastPoint point() {
        return new ForecastPoint(
                year, forecast(), value.doubleValue(), number(low80), number(high80), number(low95), number(high95));
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
