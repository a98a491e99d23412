package org.provisionlens.core.provision;

import java.util.Objects;

/**
 * A school or college as the GIAS-derived listing gives it. Numbers the data does not give are {@code null}: a missing
 * capacity is unknown, never zero.
 *
 * @param establishmentNumber the DfE establishment number within the LA (7000-7999: special schools; 6000-6999:
 *     independent schools), or {@code null}
 * @param capacity the school's whole capacity (for a special school: its places)
 * @param resourceProvision GIAS "type of resourced provision": "SEN unit", "Resourced provision", both, or none
 * @param senUnitPlaces GIAS {@code SenUnitCapacity}, or {@code null} where the listing does not give it
 * @param resourcedProvisionPlaces GIAS {@code ResourcedProvisionCapacity}, or {@code null} where not given
 */
public record Establishment(
        String urn,
        String name,
        String establishmentType,
        Integer establishmentNumber,
        Integer lowAge,
        Integer highAge,
        Integer capacity,
        String resourceProvision,
        Integer senUnitPlaces,
        Integer resourcedProvisionPlaces,
        String postcode,
        Double longitude,
        Double latitude) {

    public Establishment {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(establishmentType, "establishmentType");
        if (urn.isBlank()) {
            throw new IllegalArgumentException("an establishment needs a URN");
        }
        if (capacity != null && capacity < 0) {
            throw new IllegalArgumentException("capacity cannot be negative: " + capacity);
        }
        requireNotNegative(senUnitPlaces, "SEN unit places");
        requireNotNegative(resourcedProvisionPlaces, "resourced provision places");
        if (lowAge != null && highAge != null && lowAge > highAge) {
            throw new IllegalArgumentException("age range " + lowAge + "-" + highAge + " is reversed");
        }
    }

    private static void requireNotNegative(Integer value, String what) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(what + " cannot be negative: " + value);
        }
    }

    /**
     * The places this establishment offers in provision of the given kind: its capacity for a special school or
     * specialist college, its unit or resourced provision capacity for a mainstream school; {@code null} = unknown.
     */
    public Integer placesFor(ProvisionKind kind) {
        return switch (kind) {
            case SEN_UNIT -> senUnitPlaces;
            case RESOURCED_PROVISION -> resourcedProvisionPlaces;
            default -> capacity;
        };
    }
}
