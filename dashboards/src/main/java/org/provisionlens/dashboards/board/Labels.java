package org.provisionlens.dashboards.board;

import java.math.BigDecimal;
import java.util.Locale;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.dashboards.Formats;

/** How the pack names coded values and writes numbers. */
final class Labels {

    static final String ALL = "ALL";

    private Labels() {}

    /** "SOCIAL_CARE" is "Social care". */
    static String coded(String code) {
        if (code == null || code.isEmpty()) {
            return "Not recorded";
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "ASD" is "Autistic spectrum disorder"; "ALL" is "all needs". */
    static String need(String code) {
        return ALL.equals(code)
                ? "all needs"
                : NeedCode.fromCode(code).map(NeedCode::label).orElse(code);
    }

    static String age(String band) {
        return ALL.equals(band) ? "all ages" : "aged " + band;
    }

    /** "250 caseload", "30 places", "Not recorded". */
    static String capacity(BigDecimal capacity, String unit) {
        if (capacity == null) {
            return "Not recorded";
        }
        String what = switch (unit == null ? "" : unit) {
            case "PLACES" -> " places";
            case "CASELOAD" -> " caseload";
            case "HOURS_PER_WEEK" -> " hours a week";
            default -> "";
        };
        return number(capacity) + what;
    }

    /** A whole number with thousands separators, or one decimal when it has a fraction. */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0
                ? Formats.count(value.longValue())
                : Formats.oneDecimal(value.doubleValue());
    }

    static String percent(Double value) {
        return value == null ? "Not recorded" : Formats.oneDecimal(value) + "%";
    }

    static String weeks(Integer weeks) {
        return weeks == null ? "Not recorded" : weeks + (weeks == 1 ? " week" : " weeks");
    }
}
