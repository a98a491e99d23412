package org.provisionlens.core.reorganisation;

import java.util.Locale;
import org.provisionlens.core.services.Service;

/** The kind of setting or service a child uses, in words: "Specialist setting", "Health service (targeted)". */
final class SettingLabels {

    private SettingLabels() {}

    static String of(Service service) {
        return switch (Suitability.kindOf(service)) {
            case SPECIALIST_SETTING -> "Specialist setting";
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
}
