package org.provisionlens.dashboards.board;

import java.math.BigDecimal;
import org.provisionlens.dashboards.SmallCounts;

/**
 * One health or social care cell of the local authority (area, need, age band, domain, tier) as the review published
 * it: its measures, its verdict and the reason for it. Counts of children are shown suppressed (1 to 4 as "fewer than
 * 5"), in the reason too.
 *
 * @param localitiesAtRisk the localities whose cell of the same domain and tier (all needs, all ages) is at risk or
 *     insufficient
 */
record CareCell(
        String domain,
        String tier,
        String need,
        String ageBand,
        String verdict,
        int demand,
        BigDecimal capacity,
        String capacityUnit,
        BigDecimal occupancyPct,
        Integer waitingList,
        Integer maxWaitingWeeks,
        String reason,
        int localitiesAtRisk) {

    static final String INSUFFICIENT = "insufficient";
    static final String AT_RISK = "at_risk";

    /** "Health, specialist". */
    public String areaOfProvision() {
        return Labels.provision(domain, tier);
    }

    /** "Health, specialist: Autistic spectrum disorder, aged 5-10". */
    public String cellText() {
        return areaOfProvision() + ": " + Labels.needAndAge(need, ageBand);
    }

    public String verdictText() {
        return BoardCharts.verdictLabel(verdict);
    }

    /** The decision the verdict puts to the board. */
    public String decisionText() {
        return switch (verdict) {
            case INSUFFICIENT -> "find more capacity now, or decide how the shortfall is met";
            case AT_RISK -> "plan capacity before the shortfall arrives";
            default -> "None";
        };
    }

    public String demandText() {
        return SmallCounts.count(demand);
    }

    public String capacityText() {
        return Labels.capacity(capacity, capacityUnit);
    }

    public String occupancyText() {
        return Labels.percent(occupancyPct == null ? null : occupancyPct.doubleValue());
    }

    public String waitingText() {
        return SmallCounts.count(waitingList);
    }

    public String longestWaitText() {
        return Labels.weeks(maxWaitingWeeks);
    }

    public String reasonText() {
        return SmallCounts.inText(reason);
    }

    public String localitiesText() {
        return Integer.toString(localitiesAtRisk);
    }
}
