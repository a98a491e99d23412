package org.provisionlens.core.services;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.provisionlens.core.provision.NeedCode;

/**
 * A service of the Local Offer in the canonical model. Unknown values are {@code null} (or empty collections): never
 * zero, never guessed.
 *
 * @param id the platform's id: the source's id, prefixed by the input name, so ids from different sources never clash
 * @param urn the DfE unique reference number for schools and colleges
 * @param capacity how much the service can take, counted in {@code capacityUnit}
 * @param currentUse how much of the capacity is in use, in the same unit
 * @param waitingWeeks the current (median or typical) wait in weeks
 * @param inArea whether the provision is in the local authority's area (out-of-area provision belongs in the offer too)
 * @param sources every listing this service was built from; more than one when listings were merged
 */
public record Service(
        String id,
        String name,
        String description,
        String organisation,
        String urn,
        Domain domain,
        Tier tier,
        Set<NeedCode> needs,
        AgeRange ages,
        List<ServiceLocation> locations,
        Integer capacity,
        CapacityUnit capacityUnit,
        Integer currentUse,
        Integer waitingList,
        Integer waitingWeeks,
        BigDecimal costPerUnit,
        Funder funder,
        Boolean inArea,
        String eligibility,
        String qualityRating,
        LocalDate lastReviewed,
        String email,
        String phone,
        String website,
        List<String> categories,
        List<SourceReference> sources) {

    public Service {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a service needs a name (service " + id + ")");
        }
        needs = needs == null ? Set.of() : Set.copyOf(needs);
        ages = ages == null ? AgeRange.unknown() : ages;
        locations = locations == null ? List.of() : List.copyOf(locations);
        categories = categories == null ? List.of() : List.copyOf(categories);
        sources = sources == null ? List.of() : List.copyOf(sources);
        requireNotNegative(capacity, "capacity");
        requireNotNegative(currentUse, "current use");
        requireNotNegative(waitingList, "waiting list");
        requireNotNegative(waitingWeeks, "waiting weeks");
        if (costPerUnit != null && costPerUnit.signum() < 0) {
            throw new IllegalArgumentException("cost per unit cannot be negative: " + costPerUnit);
        }
        if (capacity != null && capacityUnit == null) {
            throw new IllegalArgumentException("capacity " + capacity + " needs its unit (service " + id + ")");
        }
    }

    private static void requireNotNegative(Integer value, String what) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(what + " cannot be negative: " + value);
        }
    }

    /** Whether the service serves a need and an age (no needs listed: every need; an unknown end: every age that way). */
    public boolean serves(NeedCode need, int age) {
        return (needs.isEmpty() || needs.contains(need))
                && (ages.from() == null || age >= ages.from())
                && (ages.to() == null || age <= ages.to());
    }

    /** The first location's postcode, or {@code null}. */
    public String mainPostcode() {
        return locations.stream()
                .map(ServiceLocation::postcode)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
