package org.provisionlens.dashboards.services;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;

/** How the services pages name the coded values the jobs write (enum names of analytics-core). */
public final class Labels {

    static final String NOT_RECORDED = "Not recorded";
    /** The filter value that selects services whose domain (or tier) is not recorded. */
    static final String NOT_RECORDED_CODE = "NOT_RECORDED";

    static final List<String> DOMAINS =
            Arrays.stream(Domain.values()).map(Enum::name).toList();
    static final List<String> TIERS =
            Arrays.stream(Tier.values()).map(Enum::name).toList();

    private Labels() {}

    /** "SOCIAL_CARE" is "Social care"; null is "Not recorded". */
    public static String coded(String code) {
        if (code == null) {
            return NOT_RECORDED;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static String funder(String code) {
        if (code == null) {
            return NOT_RECORDED;
        }
        return switch (code) {
            case "LA" -> "Local authority";
            case "ICB" -> "Integrated care board";
            case "JOINT" -> "Joint (local authority and ICB)";
            default -> coded(code);
        };
    }

    static String need(String code) {
        return NeedCode.fromCode(code).map(NeedCode::label).orElse(code);
    }
}
