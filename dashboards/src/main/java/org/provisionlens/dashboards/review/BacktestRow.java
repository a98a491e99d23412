package org.provisionlens.dashboards.review;

import java.math.BigDecimal;

/**
 * One local authority's back-test of one model: fitted on the years up to {@code lastFitYear}, its mean absolute
 * percentage error on the {@code testYears}, and how many of the {@code points} fell inside each interval.
 */
record BacktestRow(
        String model,
        String laCode,
        String laName,
        int lastFitYear,
        String testYears,
        BigDecimal mape,
        int points,
        int within80,
        int within95,
        boolean chosen) {

    public String laText() {
        return laName == null ? laCode : laName;
    }

    public String modelText() {
        return Backtest.modelLabel(model);
    }

    public String mapeText() {
        return Numbers.percent(mape);
    }

    public String within80Text() {
        return within80 + " of " + points;
    }

    public String within95Text() {
        return within95 + " of " + points;
    }
}
