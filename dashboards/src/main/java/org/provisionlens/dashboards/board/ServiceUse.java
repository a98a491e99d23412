package org.provisionlens.dashboards.board;

import java.util.ArrayList;
import java.util.List;
import org.provisionlens.dashboards.SmallCounts;

/**
 * A service's capacity, use and waits as its listing gives them (any may be unknown), and what puts it under pressure
 * against the run's thresholds: demand (in use plus waiting) above its capacity, occupancy at or above the at-risk
 * occupancy, or a typical wait longer than the at-risk wait.
 */
record ServiceUse(
        String serviceId,
        String name,
        String domain,
        String tier,
        Integer capacity,
        String capacityUnit,
        Integer currentUse,
        Integer waitingList,
        Integer waitingWeeks) {

    /** Occupancy in percent (in use over capacity), when both are known and the capacity counts children. */
    Double occupancyPercent() {
        if (capacity == null || capacity == 0 || currentUse == null || "HOURS_PER_WEEK".equals(capacityUnit)) {
            return null;
        }
        return 100.0 * currentUse / capacity;
    }

    /** What puts the service under pressure, in words; empty when nothing does (or nothing is known). */
    List<String> pressures(Thresholds thresholds) {
        List<String> pressures = new ArrayList<>();
        if (capacity != null && currentUse != null && waitingList != null && !"HOURS_PER_WEEK".equals(capacityUnit)) {
            int over = currentUse + waitingList - capacity;
            if (over > 0 && waitingList > 0) {
                pressures.add(
                        "in use and waiting exceed its " + capacity + " " + unit() + " by " + SmallCounts.count(over));
            }
        }
        Double occupancy = occupancyPercent();
        if (occupancy != null && occupancy >= thresholds.occupancyPercent()) {
            pressures.add(Math.round(occupancy) + "% full (at risk from "
                    + Labels.number(java.math.BigDecimal.valueOf(thresholds.occupancyPercent()))
                    + "%)");
        }
        if (waitingWeeks != null && waitingWeeks > thresholds.waitingWeeks()) {
            pressures.add("a typical wait of " + Labels.weeks(waitingWeeks) + ", longer than "
                    + thresholds.waitingWeeks() + " weeks");
        }
        return pressures;
    }

    /** "Unknown: its listing gives no capacity or use" when nothing can be judged. */
    boolean judgeable() {
        return occupancyPercent() != null || waitingWeeks != null;
    }

    public String areaOfProvision() {
        return Labels.provision(domain, tier);
    }

    public String capacityText() {
        return capacity == null
                ? Labels.NOT_RECORDED
                : Labels.capacity(java.math.BigDecimal.valueOf(capacity), capacityUnit);
    }

    public String inUseText() {
        return SmallCounts.count(currentUse);
    }

    public String waitingText() {
        return SmallCounts.count(waitingList);
    }

    public String waitText() {
        return Labels.weeks(waitingWeeks);
    }

    public String occupancyText() {
        return Labels.percent(occupancyPercent());
    }

    private String unit() {
        return org.provisionlens.dashboards.review.ReviewLabels.unit(capacityUnit);
    }
}
