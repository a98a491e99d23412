package org.provisionlens.core.sufficiency;

/**
 * The measures of one cell. Counts add up from child cells to parent cells; {@code null} means not known (never 0).
 *
 * @param ehcPlans children and young people with EHC plans in the cell
 * @param senSupport those on SEN support
 * @param capacity places (or caseload) the cell's services offer, apportioned to the cell; {@code null} = unknown
 * @param inUse how much of the capacity is in use; {@code null} = not reported
 * @param waitingList children waiting; {@code null} = not reported
 * @param outOfArea demand met by placements outside the LA
 * @param outOfAreaCost yearly cost of those placements, pounds; {@code null} = not known
 * @param withinReach demand living within the travel threshold of a suitable service with spare capacity
 */
public record CellMeasures(
        int ehcPlans,
        int senSupport,
        Double capacity,
        Double inUse,
        Integer waitingList,
        Integer maxWaitingWeeks,
        int outOfArea,
        Double outOfAreaCost,
        int withinReach) {

    public CellMeasures {
        if (ehcPlans < 0 || senSupport < 0 || outOfArea < 0 || withinReach < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        if (withinReach > ehcPlans + senSupport) {
            throw new IllegalArgumentException("more children within reach (" + withinReach + ") than in the cell ("
                    + (ehcPlans + senSupport) + ")");
        }
    }

    public static CellMeasures empty() {
        return new CellMeasures(0, 0, null, null, null, null, 0, null, 0);
    }

    public int demand() {
        return ehcPlans + senSupport;
    }

    /** Spare capacity: capacity minus what is in use (or minus demand where use is not reported). */
    public Double spare() {
        if (capacity == null) {
            return null;
        }
        return capacity - (inUse != null ? inUse : demand());
    }

    /** Occupancy in percent: in use (or demand) per 100 of capacity. */
    public Double occupancyPercent() {
        if (capacity == null || capacity == 0) {
            return null;
        }
        return 100 * (inUse != null ? inUse : demand()) / capacity;
    }

    /** The share of the cell's demand within reach of a suitable service with spare capacity, 0-1. */
    public Double travelAccess() {
        return demand() == 0 ? null : (double) withinReach / demand();
    }

    /** Adds a child cell's measures (unknown + known = known part; unknown + unknown = unknown). */
    public CellMeasures plus(CellMeasures other) {
        return new CellMeasures(
                ehcPlans + other.ehcPlans,
                senSupport + other.senSupport,
                add(capacity, other.capacity),
                add(inUse, other.inUse),
                addInt(waitingList, other.waitingList),
                maxWaitingWeeks == null || other.maxWaitingWeeks == null
                        ? (maxWaitingWeeks == null ? other.maxWaitingWeeks : maxWaitingWeeks)
                        : Integer.valueOf(Math.max(maxWaitingWeeks, other.maxWaitingWeeks)),
                outOfArea + other.outOfArea,
                add(outOfAreaCost, other.outOfAreaCost),
                withinReach + other.withinReach);
    }

    // if statements, not ?: (a ?: over Double and double would unbox the null)
    private static Double add(Double a, Double b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a + b;
    }

    private static Integer addInt(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a + b;
    }
}
