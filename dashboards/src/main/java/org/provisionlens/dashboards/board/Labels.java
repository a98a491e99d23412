package org.provisionlens.dashboards.board;

import java.math.BigDecimal;
import java.util.Locale;
import org.provisionlens.dashboards.Formats;
import org.provisionlens.dashboards.review.ReviewLabels;

/** How the pack names coded values (as the review pages do) and writes numbers. */
final class Labels {

    static final String NOT_RECORDED = "Not recorded";

    private Labels() {}

    /** "Health, specialist". */
    static String provision(String domain, String tier) {
        return ReviewLabels.coded(domain) + ", " + ReviewLabels.coded(tier).toLowerCase(Locale.ROOT);
    }

    /** "Autistic spectrum disorder, aged 5-10"; "all needs, all ages". */
    static String needAndAge(String need, String band) {
        String needText = ReviewLabels.need(need);
        return ("ALL".equals(need) ? needText.toLowerCase(Locale.ROOT) : needText) + ", "
                + ReviewLabels.age(band).toLowerCase(Locale.ROOT);
    }

    /** "250 caseload", "30 places", "Not recorded". */
    static String capacity(BigDecimal capacity, String unit) {
        if (capacity == null) {
            return NOT_RECORDED;
        }
        String what = ReviewLabels.unit(unit);
        return number(capacity) + (what.isEmpty() ? "" : " " + what);
    }

    /** A whole number with thousands separators, or one decimal when it has a fraction. */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0
                ? Formats.count(value.longValue())
                : Formats.oneDecimal(value.doubleValue());
    }

    static String percent(Double value) {
        return value == null ? NOT_RECORDED : Formats.oneDecimal(value) + "%";
    }

    static String weeks(Integer weeks) {
        return weeks == null ? NOT_RECORDED : weeks + (weeks == 1 ? " week" : " weeks");
    }
}
