package org.provisionlens.dashboards.review;

import java.math.BigDecimal;

/** A data break the back-test left out: an LA's year whose change is far outside every other LA's that year. */
record BreakRow(
        String laCode,
        String laName,
        int year,
        BigDecimal value,
        BigDecimal previous,
        BigDecimal logChange,
        BigDecimal typicalLogChange) {

    public String laText() {
        return laName == null ? laCode : laName;
    }

    public String valueText() {
        return Numbers.plain(value);
    }

    public String previousText() {
        return Numbers.plain(previous);
    }

    /** The change as a percentage, e.g. "-55.7%". */
    public String changeText() {
        return Numbers.percent(100 * Math.expm1(logChange.doubleValue()));
    }

    /** What every LA's change was that year (the median), e.g. "+10.7%". */
    public String typicalText() {
        return Numbers.percent(100 * Math.expm1(typicalLogChange.doubleValue()));
    }
}
