package org.provisionlens.core.sufficiency;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.provisionlens.core.provision.ProvisionKind;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Service;

/**
 * What a placement outside the LA's own provision costs a year. A service's own cost per unit is used when it counts
 * places (the service template's {@code cost_per_unit} is then the cost of a place for a year); otherwise the default
 * the review sets for the kind of provision, with its source named. There is no built-in default: where neither is
 * given the cost is unknown ("no data: cost per place"), never guessed.
 */
public record PlacementCosts(Map<ProvisionKind, Default> defaults) {

    /** A cost of a place for a year, and where the figure comes from. */
    public record Default(BigDecimal perPlacePerYear, String source) {

        public Default {
            Objects.requireNonNull(perPlacePerYear, "perPlacePerYear");
            if (perPlacePerYear.signum() < 0) {
                throw new IllegalArgumentException("a cost cannot be negative: " + perPlacePerYear);
            }
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException("a default cost needs its source");
            }
        }
    }

    public PlacementCosts {
        defaults = defaults == null || defaults.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(defaults));
    }

    public static PlacementCosts none() {
        return new PlacementCosts(Map.of());
    }

    /** Whether a child placed in this service is placed outside the LA or in independent provision. */
    public static boolean outsideOwnProvision(Service service) {
        return Boolean.FALSE.equals(service.inArea()) || kind(service) != null;
    }

    /** The yearly cost of one child's place in the service, or {@code null} when not known. */
    public Double perYear(Service service) {
        if (service.costPerUnit() != null && service.capacityUnit() == CapacityUnit.PLACES) {
            return service.costPerUnit().doubleValue();
        }
        ProvisionKind kind = kind(service);
        Default fallback = kind == null ? null : defaults.get(kind);
        return fallback == null ? null : fallback.perPlacePerYear().doubleValue();
    }

    /**
     * Independent or non-maintained special provision, by the words of the service's name or categories (a school
     * listing's establishment type, e.g. "Other independent special school"); otherwise null.
     */
    static ProvisionKind kind(Service service) {
        String words = (service.name() + " " + String.join(" ", service.categories())).toLowerCase(Locale.ROOT);
        if (words.contains("independent") && words.contains("special")) {
            return ProvisionKind.INDEPENDENT_SPECIAL_SCHOOL;
        }
        return words.contains("non-maintained") ? ProvisionKind.NON_MAINTAINED_SPECIAL_SCHOOL : null;
    }
}
