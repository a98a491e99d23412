package org.provisionlens.dashboards.health;

import java.util.Locale;
import org.provisionlens.core.sufficiency.VerdictCode;

/** How the health pages write domains, tiers and verdicts. */
final class Labels {

    private Labels() {}

    /** "Health", "Social care". */
    static String domain(String domain) {
        return sentence(domain);
    }

    /** "Universal", "Targeted", "Specialist". */
    static String tier(String tier) {
        return sentence(tier);
    }

    /** A GOV.UK tag of the verdict's colour (its label is the text: colour is never the only cue). */
    static String tagClass(String verdict) {
        return "govuk-tag govuk-tag--"
                + switch (VerdictCode.of(verdict)) {
                    case INSUFFICIENT -> "red";
                    case AT_RISK -> "orange";
                    case SUFFICIENT -> "green";
                    case NO_DATA -> "grey";
                };
    }

    static String whole(double value) {
        return String.format(Locale.UK, "%,d", Math.round(value));
    }

    private static String sentence(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
