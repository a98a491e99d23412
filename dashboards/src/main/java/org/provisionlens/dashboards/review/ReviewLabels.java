package org.provisionlens.dashboards.review;

import java.util.Locale;
import org.provisionlens.core.provision.NeedCode;

/** How the review pages name the coded values of the cells. */
public final class ReviewLabels {

    static final String ALL = "ALL";

    private ReviewLabels() {}

    /** "ASD" is "Autistic spectrum disorder"; "ALL" is "All needs"; an unknown code is itself. */
    public static String need(String code) {
        if (ALL.equals(code)) {
            return "All needs";
        }
        return NeedCode.fromCode(code).map(NeedCode::label).orElse(code);
    }

    public static String age(String band) {
        return ALL.equals(band) ? "All ages" : "Aged " + band;
    }

    /** "SOCIAL_CARE" is "Social care". */
    public static String coded(String code) {
        if (code == null || code.isEmpty()) {
            return "Not recorded";
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** What a capacity counts, for "30 places": PLACES, CASELOAD, HOURS_PER_WEEK. */
    public static String unit(String unit) {
        if (unit == null) {
            return "";
        }
        return switch (unit) {
            case "PLACES" -> "places";
            case "CASELOAD" -> "caseload";
            case "HOURS_PER_WEEK" -> "hours a week";
            default -> unit.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
