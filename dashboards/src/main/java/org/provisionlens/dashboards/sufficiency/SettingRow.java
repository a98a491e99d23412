package org.provisionlens.dashboards.sufficiency;

/** A specialist setting in the area; a null capacity is unknown. */
record SettingRow(
        String urn,
        String name,
        String provisionKind,
        String provisionLabel,
        String establishmentType,
        Integer lowAge,
        Integer highAge,
        Integer capacity,
        String postcode) {

    public String agesText() {
        if (lowAge == null && highAge == null) {
            return "Unknown";
        }
        return (lowAge == null ? "?" : lowAge) + " to " + (highAge == null ? "?" : highAge);
    }

    public String capacityText() {
        return capacity == null ? "Unknown" : String.valueOf(capacity);
    }
}
