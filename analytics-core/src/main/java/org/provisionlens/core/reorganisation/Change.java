package org.provisionlens.core.reorganisation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;

/** One change a proposal makes. Service ids are the published run's service ids. */
public sealed interface Change {

    /** The change in a sentence, for pages and the evidence pack. */
    String describe();

    /** Close a service: everyone using it is displaced. */
    record CloseService(String serviceId) implements Change {
        public CloseService {
            Objects.requireNonNull(serviceId, "serviceId");
        }

        @Override
        public String describe() {
            return "Close " + serviceId;
        }
    }

    /** Change a service's capacity, to a number of places (or caseload) or by a percentage (-20 is a 20% cut). */
    record ChangeCapacity(String serviceId, Integer capacity, Double percent) implements Change {
        public ChangeCapacity {
            Objects.requireNonNull(serviceId, "serviceId");
            if ((capacity == null) == (percent == null)) {
                throw new IllegalArgumentException(
                        serviceId + ": give either capacity or percent, not both or neither");
            }
            if (capacity != null && capacity < 0) {
                throw new IllegalArgumentException(serviceId + ": capacity cannot be negative: " + capacity);
            }
            if (percent != null && (percent < -100 || percent.isNaN() || percent.isInfinite())) {
                throw new IllegalArgumentException(serviceId + ": a cut cannot exceed 100%: " + percent);
            }
        }

        @Override
        public String describe() {
            return capacity != null
                    ? "Change the capacity of " + serviceId + " to " + capacity
                    : (percent < 0 ? "Cut " : "Increase ") + serviceId + " capacity by " + Math.abs(percent) + "%";
        }
    }

    /**
     * Merge services into one at the site of {@code intoServiceId} (one of them); its capacity is the given one, or the
     * sum of theirs when {@code capacity} is {@code null}.
     */
    record MergeServices(List<String> serviceIds, String intoServiceId, String name, Integer capacity)
            implements Change {
        public MergeServices {
            serviceIds = List.copyOf(serviceIds);
            if (serviceIds.size() < 2 || !serviceIds.contains(intoServiceId)) {
                throw new IllegalArgumentException(
                        "a merge names at least two services and one of them as the one they merge into");
            }
        }

        @Override
        public String describe() {
            return "Merge " + String.join(", ", serviceIds) + " into " + (name == null ? intoServiceId : name);
        }
    }

    /**
     * Open a new service at a point (WGS84), taking the given needs and ages.
     *
     * @param costSource where {@code costPerUnit} comes from (required with a cost; a demo assumption says so)
     */
    record OpenService(
            String serviceId,
            String name,
            Domain domain,
            Tier tier,
            Set<NeedCode> needs,
            int minAge,
            int maxAge,
            int capacity,
            CapacityUnit unit,
            BigDecimal costPerUnit,
            double latitude,
            double longitude,
            String postcode,
            String costSource)
            implements Change {
        public OpenService {
            Objects.requireNonNull(serviceId, "serviceId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(unit, "unit");
            needs = Set.copyOf(needs);
            if (needs.isEmpty() || minAge < 0 || maxAge > 25 || minAge > maxAge || capacity < 0) {
                throw new IllegalArgumentException(
                        serviceId + ": a new service needs at least one need, ages within 0-25 and a capacity");
            }
            if (costPerUnit != null && (costSource == null || costSource.isBlank())) {
                throw new IllegalArgumentException(serviceId + ": a cost per unit must say where it comes from");
            }
        }

        /** A new service with no stated source for its cost (so with no cost, or a cost that says its source). */
        public OpenService(
                String serviceId,
                String name,
                Domain domain,
                Tier tier,
                Set<NeedCode> needs,
                int minAge,
                int maxAge,
                int capacity,
                CapacityUnit unit,
                BigDecimal costPerUnit,
                double latitude,
                double longitude,
                String postcode) {
            this(
                    serviceId,
                    name,
                    domain,
                    tier,
                    needs,
                    minAge,
                    maxAge,
                    capacity,
                    unit,
                    costPerUnit,
                    latitude,
                    longitude,
                    postcode,
                    costPerUnit == null ? null : "not stated");
        }

        @Override
        public String describe() {
            return "Open " + name + " (" + capacity + " " + unit.name().toLowerCase(java.util.Locale.ROOT) + ")";
        }
    }

    /** Change the needs or the ages a service takes ({@code null} leaves that part unchanged). */
    record ChangeNeedsOrAges(String serviceId, Set<NeedCode> needs, Integer minAge, Integer maxAge) implements Change {
        public ChangeNeedsOrAges {
            Objects.requireNonNull(serviceId, "serviceId");
            needs = needs == null ? null : Set.copyOf(needs);
        }

        @Override
        public String describe() {
            return "Change the needs or ages " + serviceId + " takes";
        }
    }

    /** Change who is eligible for a service: the support levels it takes (for example EHC plans only). */
    record ChangeEligibility(String serviceId, Set<SupportLevel> supportLevels, String eligibility) implements Change {
        public ChangeEligibility {
            Objects.requireNonNull(serviceId, "serviceId");
            supportLevels = Set.copyOf(supportLevels);
            if (supportLevels.isEmpty()) {
                throw new IllegalArgumentException(serviceId + ": eligibility must keep at least one support level");
            }
        }

        @Override
        public String describe() {
            return "Change eligibility for " + serviceId + (eligibility == null ? "" : ": " + eligibility);
        }
    }

    /** Change the home-to-school transport policy ({@code null} leaves that part unchanged). */
    record ChangeTransportPolicy(Double maxMiles, BigDecimal costPerMile) implements Change {
        @Override
        public String describe() {
            return "Change the transport policy";
        }
    }

    /** Change what a service costs per unit (a place or caseload slot a year). */
    record ChangeUnitCost(String serviceId, BigDecimal costPerUnit) implements Change {
        public ChangeUnitCost {
            Objects.requireNonNull(serviceId, "serviceId");
            Objects.requireNonNull(costPerUnit, "costPerUnit");
            if (costPerUnit.signum() < 0) {
                throw new IllegalArgumentException(serviceId + ": a cost cannot be negative");
            }
        }

        @Override
        public String describe() {
            return "Change the unit cost of " + serviceId + " to £" + costPerUnit.toPlainString();
        }
    }
}
