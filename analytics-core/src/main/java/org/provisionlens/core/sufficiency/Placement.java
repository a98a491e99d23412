package org.provisionlens.core.sufficiency;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;

/**
 * Where a child's record says they are: the kind of setting, and the run's service when the record names one (by its
 * id, its id in its source, its URN or its name). A named service is classified by its domain, tier and unit: an
 * education specialist service counted in places (or whose places are unknown) is a specialist setting, an education
 * universal service a mainstream one, anything else a service the child is referred to. Other text is read as the
 * kind of setting it names.
 *
 * @param serviceId the run's service, or {@code null} when the record names a kind of setting or nothing known
 */
public record Placement(SettingKind kind, String serviceId) {

    private static final Set<String> SPECIALIST = Set.of(
            "special",
            "special school",
            "independent special school",
            "non-maintained special school",
            "sen unit",
            "resourced provision",
            "specialist post-16 institution",
            "specialist post-16",
            "alternative provision",
            "ap",
            "pru",
            "pupil referral unit");
    private static final Set<String> MAINSTREAM = Set.of(
            "mainstream",
            "mainstream school",
            "fe college",
            "fe",
            "further education",
            "sixth form",
            "early years setting",
            "early years",
            "training provider",
            "apprenticeship");

    public Placement {
        Objects.requireNonNull(kind, "kind");
    }

    /** Reads the settings of a run's child records against the run's services. */
    public static final class Classifier {

        private final Map<String, Service> byName = new HashMap<>();

        public Classifier(List<Service> services) {
            for (Service service : services) {
                byName.putIfAbsent(lower(service.id()), service);
                byName.putIfAbsent(lower(service.id().substring(service.id().indexOf(':') + 1)), service);
                byName.putIfAbsent(lower(service.name()), service);
                if (service.urn() != null) {
                    byName.putIfAbsent(lower(service.urn()), service);
                }
            }
        }

        public Placement of(String setting) {
            String text = setting == null ? "" : lower(setting);
            Service service = byName.get(text);
            if (service != null) {
                return new Placement(kindOf(service), service.id());
            }
            if (SPECIALIST.contains(text)) {
                return new Placement(SettingKind.SPECIALIST_SETTING, null);
            }
            return new Placement(MAINSTREAM.contains(text) ? SettingKind.MAINSTREAM : SettingKind.NOT_PLACED, null);
        }

        static SettingKind kindOf(Service service) {
            if (service.domain() != Domain.EDUCATION || service.tier() == null) {
                return SettingKind.SERVICE;
            }
            boolean places = service.capacityUnit() == null || service.capacityUnit() == CapacityUnit.PLACES;
            return switch (service.tier()) {
                case SPECIALIST -> places ? SettingKind.SPECIALIST_SETTING : SettingKind.SERVICE;
                case UNIVERSAL -> SettingKind.MAINSTREAM;
                case TARGETED -> SettingKind.SERVICE;
            };
        }

        private static String lower(String text) {
            return text.trim().toLowerCase(Locale.ROOT);
        }
    }
}
