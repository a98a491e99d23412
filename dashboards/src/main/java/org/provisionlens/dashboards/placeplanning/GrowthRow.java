package org.provisionlens.dashboards.placeplanning;

import java.util.Locale;

/**
 * The growth an age band's EHC plans were rolled forward with in a year, over the census year, with its 80% range, and
 * the forecast series it was read from (the band's own, or all plans').
 */
record GrowthRow(String ageBand, int year, String series, double growth, double low80, double high80) {

    /** "+12.3% (80%: +5.0% to +20.1%)". */
    public String text() {
        return percent(growth) + " (80%: " + percent(low80) + " to " + percent(high80) + ")";
    }

    private static String percent(double index) {
        return String.format(Locale.UK, "%+.1f%%", (index - 1) * 100);
    }
}
