package org.provisionlens.core.sufficiency;

import java.util.Objects;
import org.provisionlens.core.provision.ProvisionKind;

/**
 * One row of the specialist sufficiency table.
 *
 * @param plansPlaced EHC plans placed in this kind of provision; {@code null} when the statistics suppress the count
 *     (then the gap and occupancy are unknown too)
 * @param gap plans placed minus known places; negative means spare places. {@code null} when no places are known.
 *     With {@link CapacityStatus#PARTIAL} capacity it is an upper bound (unknown places can only add places).
 * @param occupancyPercent plans placed per 100 known places, to one decimal place; {@code null} when no places are
 *     known. An upper bound with partial capacity.
 */
public record SpecialistSufficiency(
        ProvisionKind kind, Capacity capacity, Integer plansPlaced, Integer gap, Double occupancyPercent) {

    public SpecialistSufficiency {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(capacity, "capacity");
        if (plansPlaced != null && plansPlaced < 0) {
            throw new IllegalArgumentException("plans placed cannot be negative: " + plansPlaced);
        }
    }

    /** Whether the gap and occupancy are bounds rather than exact figures. */
    public boolean isBound() {
        return capacity.status() == CapacityStatus.PARTIAL;
    }
}
