package org.provisionlens.core.sufficiency;

import java.util.Set;
import java.util.TreeSet;

/**
 * The measures of one cell. Counts add up from child cells to parent cells; {@code null} means not known (never 0).
 * What counts as demand is the cell's {@link DemandDefinition}: children from their records ({@code ehcPlans},
 * {@code senSupport}) or services' referrals ({@code referrals}); the capacity it is compared with counts children too
 * (places, or caseload where demand is referrals). Hours, and caseload in a cell whose demand is children placed, are
 * compared apart ({@code hours}, {@code support}): like with like.
 *
 * @param ehcPlans children and young people with EHC plans counted as demand in the cell
 * @param senSupport those on SEN support counted
 * @param referrals services' referrals (in use plus waiting) counted, where demand is referrals
 * @param capacity places (or caseload) the cell's services offer, apportioned to the cell; {@code null} = unknown
 * @param inUse how much of the capacity is in use; {@code null} = not reported
 * @param waitingList children waiting for the cell's services; {@code null} = not reported
 * @param support caseload services in a cell whose demand is children placed; {@code null} = none
 * @param hours services that count hours a week; {@code null} = none
 * @param outOfArea children counted here who are placed in services outside the LA or independent
 * @param outOfAreaCost yearly cost of those placements whose cost is known, pounds; {@code null} = none known
 * @param outOfAreaCostUnknown how many of those placements have no known cost
 * @param withinReach children counted here living within the travel threshold of a suitable service with spare
 *     capacity
 * @param unknownCapacity services of the cell whose capacity the data does not give
 * @param missing inputs the definition needs that are missing, e.g. "current use and waiting list of X"
 */
public record CellMeasures(
        int ehcPlans,
        int senSupport,
        int referrals,
        Double capacity,
        Double inUse,
        Integer waitingList,
        Integer maxWaitingWeeks,
        Support support,
        Hours hours,
        int outOfArea,
        Double outOfAreaCost,
        int outOfAreaCostUnknown,
        int withinReach,
        Set<String> unknownCapacity,
        Set<String> missing) {

    /** Caseload services compared with their referrals, in a cell whose demand is children placed. */
    public record Support(int referrals, double caseload, Double inUse) {

        Support plus(Support other) {
            return other == null
                    ? this
                    : new Support(referrals + other.referrals, caseload + other.caseload, add(inUse, other.inUse));
        }
    }

    /** Services counted in hours a week: available, used ({@code null} = not reported) and children waiting. */
    public record Hours(double available, Double used, int waiting) {

        Hours plus(Hours other) {
            return other == null
                    ? this
                    : new Hours(available + other.available, add(used, other.used), waiting + other.waiting);
        }
    }

    public CellMeasures {
        if (ehcPlans < 0 || senSupport < 0 || referrals < 0 || outOfArea < 0 || withinReach < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        if (withinReach > ehcPlans + senSupport) {
            throw new IllegalArgumentException("more children within reach (" + withinReach + ") than in the cell ("
                    + (ehcPlans + senSupport) + ")");
        }
        unknownCapacity = Set.copyOf(unknownCapacity == null ? Set.of() : unknownCapacity);
        missing = Set.copyOf(missing == null ? Set.of() : missing);
    }

    /** Children counted from their records, with a capacity in children and no hours, referrals or missing inputs. */
    public CellMeasures(
            int ehcPlans,
            int senSupport,
            Double capacity,
            Double inUse,
            Integer waitingList,
            Integer maxWaitingWeeks,
            int outOfArea,
            Double outOfAreaCost,
            int withinReach) {
        this(
                ehcPlans,
                senSupport,
                0,
                capacity,
                inUse,
                waitingList,
                maxWaitingWeeks,
                null,
                null,
                outOfArea,
                outOfAreaCost,
                0,
                withinReach,
                Set.of(),
                Set.of());
    }

    /** Children counted from their records, and those of them placed outside (with the cost known, or not). */
    static CellMeasures children(int ehcPlans, int senSupport, int outOfArea, Double outOfAreaCost, int costUnknown) {
        return new CellMeasures(
                ehcPlans,
                senSupport,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                outOfArea,
                outOfAreaCost,
                costUnknown,
                0,
                Set.of(),
                Set.of());
    }

    /**
     * Referrals to a service from the child records naming it, of whom {@code waiting} are waiting, the longest for
     * {@code longestWaitWeeks} ({@code null} = not known).
     */
    static CellMeasures referred(int referrals, int waiting, Integer longestWaitWeeks) {
        return new CellMeasures(
                0, 0, referrals, null, null, waiting, longestWaitWeeks, null, null, 0, null, 0, 0, Set.of(), Set.of());
    }

    public static CellMeasures empty() {
        return new CellMeasures(0, 0, null, null, null, null, 0, null, 0);
    }

    /** Demand: the children counted from their records plus the referrals counted. */
    public int demand() {
        return ehcPlans + senSupport + referrals;
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

    /** The share of the children counted from their records within reach of a suitable service with spare capacity. */
    public Double travelAccess() {
        int children = ehcPlans + senSupport;
        return children == 0 ? null : (double) withinReach / children;
    }

    /** Adds a child cell's measures (unknown + known = known part; unknown + unknown = unknown). */
    public CellMeasures plus(CellMeasures other) {
        Set<String> unknown = new TreeSet<>(unknownCapacity);
        unknown.addAll(other.unknownCapacity);
        Set<String> absent = new TreeSet<>(missing);
        absent.addAll(other.missing);
        return new CellMeasures(
                ehcPlans + other.ehcPlans,
                senSupport + other.senSupport,
                referrals + other.referrals,
                add(capacity, other.capacity),
                add(inUse, other.inUse),
                addInt(waitingList, other.waitingList),
                maxWaitingWeeks == null || other.maxWaitingWeeks == null
                        ? (maxWaitingWeeks == null ? other.maxWaitingWeeks : maxWaitingWeeks)
                        : Integer.valueOf(Math.max(maxWaitingWeeks, other.maxWaitingWeeks)),
                support == null ? other.support : support.plus(other.support),
                hours == null ? other.hours : hours.plus(other.hours),
                outOfArea + other.outOfArea,
                add(outOfAreaCost, other.outOfAreaCost),
                outOfAreaCostUnknown + other.outOfAreaCostUnknown,
                withinReach + other.withinReach,
                unknown,
                absent);
    }

    /**
     * The same measures with their sums of shares rounded to a millionth: a cell's capacity is the sum of many
     * services' shares, and the order of the sum must not turn 12 places into 11.999999999999998 (and a cell whose 12
     * children fill its 12 places into one whose demand exceeds capacity).
     */
    public CellMeasures tidy() {
        return new CellMeasures(
                ehcPlans,
                senSupport,
                referrals,
                tidy(capacity),
                tidy(inUse),
                waitingList,
                maxWaitingWeeks,
                support == null
                        ? null
                        : new Support(support.referrals(), tidy(support.caseload()), tidy(support.inUse())),
                hours == null ? null : new Hours(tidy(hours.available()), tidy(hours.used()), hours.waiting()),
                outOfArea,
                tidy(outOfAreaCost),
                outOfAreaCostUnknown,
                withinReach,
                unknownCapacity,
                missing);
    }

    private static Double tidy(Double value) {
        return value == null ? null : Math.round(value * 1e6) / 1e6;
    }

    // if statements, not ?: (a ?: over Double and double would unbox the null)
    static Double add(Double a, Double b) {
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
