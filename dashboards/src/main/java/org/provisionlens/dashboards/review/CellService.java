package org.provisionlens.dashboards.review;

import java.math.BigDecimal;

/**
 * A service behind a cell, and the share of its capacity the cell counts (0-1). Name, tier and capacity are null when
 * the run has no such service; a null capacity is unknown.
 */
record CellService(
        String serviceId, String name, String tier, Integer capacity, String capacityUnit, BigDecimal share) {

    public String nameText() {
        return name == null ? serviceId : name;
    }

    public String tierText() {
        return ReviewLabels.coded(tier);
    }

    public String capacityText() {
        if (capacity == null) {
            return Cell.UNKNOWN;
        }
        String unit = ReviewLabels.unit(capacityUnit);
        return unit.isEmpty() ? String.valueOf(capacity) : capacity + " " + unit;
    }

    /** The share as a percentage with one decimal: 0.25 is "25.0%". */
    public String shareText() {
        return Numbers.percent(share.multiply(BigDecimal.valueOf(100)));
    }
}
