package org.provisionlens.core.reorganisation;

import java.util.Locale;
import org.provisionlens.core.services.Service;

/**
 * The kind of setting or service a child uses, in words: "Special school", "Resourced provision", "Health service
 * (targeted)". A specialist setting is named by the words of its name and categories, or "Specialist setting".
 */
final class SettingLabels {

    private SettingLabels() {}

    static String of(Service service) {
        return switch (Suitability.kindOf(service)) {
            case SPECIALIST_SETTING -> specialist(service);
            case MAINSTREAM -> "Mainstream setting";
            case NOT_PLACED -> "Not a setting";
            case SERVICE -> {
                String domain = service.domain() == null
                        ? "Other"
                        : service.domain().name().replace('_', ' ').toLowerCase(Locale.ROOT);
                String label = Character.toUpperCase(domain.charAt(0)) + domain.substring(1) + " service";
                yield service.tier() == null
                        ? label
                        : label + " (" + service.tier().name().toLowerCase(Locale.ROOT) + ")";
            }
        };
    }

    private static String specialist(Service service) {
        String words = (service.name() + " " + String.join(" ", service.categories())).toLowerCase(Locale.ROOT);
        if (words.contains("resourced provision") || words.contains("resource base") || words.contains(" base")) {
            return "Resourced provision";
        }
        if (words.contains("sen unit") || words.contains("unit")) {
            return "SEN unit";
        }
        if (words.contains("pupil referral") || words.contains("alternative provision")) {
            return "Alternative provision";
        }
        if (words.contains("post-16") || words.contains("college")) {
            return "Specialist post-16 institution";
        }
        return words.contains("school") || words.contains("academy") ? "Special school" : "Specialist setting";
    }
}
