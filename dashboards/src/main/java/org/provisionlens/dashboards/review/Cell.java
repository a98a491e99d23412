package org.provisionlens.dashboards.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.provisionlens.core.sufficiency.VerdictCode;
import org.provisionlens.dashboards.Formats;

/**
 * One cell of the published sufficiency matrix, as the jobs wrote it. A {@code null} measure is unknown (capacity,
 * spare, occupancy, cost, travel access, gap) or not reported (in use, waiting list, longest wait), and is written so,
 * never as 0. {@code growth} is forecast demand at the horizon over demand now (1.18 = +18%); {@code gap} is forecast
 * demand minus capacity (above 0 a shortfall, below 0 spare).
 */
record Cell(
        CellRef ref,
        String areaName,
        String areaLevel,
        int ehcPlans,
        int senSupport,
        int demand,
        BigDecimal capacity,
        String capacityUnit,
        BigDecimal inUse,
        BigDecimal spare,
        BigDecimal occupancyPct,
        Integer waitingList,
        Integer maxWaitingWeeks,
        int outOfArea,
        BigDecimal outOfAreaCost,
        int withinReach,
        BigDecimal travelAccessPct,
        BigDecimal growth,
        int horizonYear,
        BigDecimal forecastDemand,
        BigDecimal gap,
        String verdict,
        String reason) {

    static final String UNKNOWN = "Unknown";
    static final String NOT_REPORTED = "Not reported";

    public boolean la() {
        return "LA".equals(areaLevel);
    }

    public VerdictCode verdictCode() {
        return VerdictCode.of(verdict);
    }

    public VerdictBadge badge() {
        return new VerdictBadge(verdictCode());
    }

    /** "Autistic spectrum disorder (ASD), Sale Central"; "All needs, Trafford". */
    public String label() {
        String need = ReviewLabels.ALL.equals(ref.need())
                ? ReviewLabels.need(ref.need())
                : ReviewLabels.need(ref.need()) + " (" + ref.need() + ")";
        return need + ", " + areaName;
    }

    /** What the heat map writes in the cell: demand / capacity, "12 / 10" or "12 / Unknown". */
    public String heatText() {
        return demand + " / " + (capacity == null ? UNKNOWN : Numbers.plain(capacity));
    }

    public String capacityText() {
        if (capacity == null) {
            return UNKNOWN;
        }
        String unit = ReviewLabels.unit(capacityUnit);
        return unit.isEmpty() ? Numbers.plain(capacity) : Numbers.plain(capacity) + " " + unit;
    }

    public String inUseText() {
        return inUse == null ? NOT_REPORTED : Numbers.plain(inUse);
    }

    public String spareText() {
        return spare == null ? UNKNOWN : Numbers.plain(spare);
    }

    public String occupancyText() {
        return occupancyPct == null ? UNKNOWN : Numbers.percent(occupancyPct);
    }

    public String waitingListText() {
        return waitingList == null ? NOT_REPORTED : Formats.count(waitingList);
    }

    public String longestWaitText() {
        if (maxWaitingWeeks == null) {
            return NOT_REPORTED;
        }
        return maxWaitingWeeks + (maxWaitingWeeks == 1 ? " week" : " weeks");
    }

    public String outOfAreaText() {
        return Formats.count(outOfArea);
    }

    public String costText() {
        return outOfAreaCost == null ? UNKNOWN : Numbers.pounds(outOfAreaCost) + " a year";
    }

    public String travelText() {
        if (travelAccessPct == null) {
            return UNKNOWN;
        }
        return Numbers.percent(travelAccessPct) + " (" + withinReach + " of " + demand
                + ") within 45 minutes' estimated journey of a suitable service with spare capacity";
    }

    /** "+18%", "-5%", or null when there is no forecast. */
    public String growthText() {
        if (growth == null) {
            return null;
        }
        long change = growth.subtract(BigDecimal.ONE)
                .multiply(BigDecimal.valueOf(100))
                .setScale(0, RoundingMode.HALF_UP)
                .longValue();
        return (change >= 0 ? "+" : "") + change + "%";
    }

    /** "14.5 in 2028 (+18% on now)". */
    public String forecastText() {
        String text = Numbers.plain(forecastDemand) + " in " + horizonYear;
        String growthText = growthText();
        return growthText == null
                ? text + " (no forecast: demand held at today's)"
                : text + " (" + growthText + " on now)";
    }

    /** "3 short", "2.5 spare", "None", or "Unknown" where capacity is not known. */
    public String gapText() {
        if (gap == null) {
            return UNKNOWN;
        }
        int sign = gap.signum();
        if (sign == 0) {
            return "None";
        }
        return Numbers.plain(gap.abs()) + (sign > 0 ? " short" : " spare");
    }
}
