package org.provisionlens.dashboards.review;

import java.math.BigDecimal;

/**
 * One model at one back-test origin and horizon (0: all horizons), across local authorities: how many were forecast
 * ({@code eligible}) and scored ({@code las}), the median and mean absolute percentage error, and how many of the
 * {@code points} fell inside each interval.
 */
record BacktestRow(
        String model,
        int origin,
        int horizon,
        int eligible,
        int las,
        int points,
        BigDecimal medianError,
        BigDecimal meanError,
        int within80,
        int within95,
        BigDecimal blendWeight,
        boolean chosen) {

    /** Share of the actual figures inside the 80% interval, 0-1 ({@code NaN} with no points). */
    double coverage80() {
        return points == 0 ? Double.NaN : (double) within80 / points;
    }

    double coverage95() {
        return points == 0 ? Double.NaN : (double) within95 / points;
    }
}
