package org.provisionlens.dashboards.health;

import java.util.Set;
import java.util.TreeSet;
import org.provisionlens.core.sufficiency.CellMeasures;
import org.provisionlens.core.sufficiency.VerdictCode;

/**
 * One published health or social care cell of all needs and all ages (a locality's, or the LA's), as the jobs wrote it
 * to {@code sufficiency_cell}: its measures (null = not known, never 0), forecast, verdict and reason.
 */
record CareCell(
        String areaCode,
        String areaName,
        String domain,
        String tier,
        int ehcPlans,
        int senSupport,
        int referrals,
        int demand,
        Double capacity,
        String capacityUnit,
        Double inUse,
        Integer waitingList,
        Integer maxWaitingWeeks,
        Integer supportReferrals,
        Double supportCaseload,
        Double supportInUse,
        Double hoursAvailable,
        Double hoursUsed,
        Integer hoursWaiting,
        int outOfArea,
        Double outOfAreaCost,
        int outOfAreaCostUnknown,
        int withinReach,
        Double growth,
        int horizonYear,
        double forecastDemand,
        String verdict,
        String reason) {

    private static final String NO_DATA = "; no data: ";

    /**
     * The cell's measures again, for adding to other LAs' cells: {@code unknownCapacity} names its services whose
     * capacity is unknown; a missing input (a no-data reason that is not about capacity) is kept, named by the LA.
     */
    CellMeasures measures(Set<String> unknownCapacity, String laName) {
        return new CellMeasures(
                ehcPlans,
                senSupport,
                referrals,
                capacity,
                inUse,
                waitingList,
                maxWaitingWeeks,
                supportReferrals == null || supportCaseload == null
                        ? null
                        : new CellMeasures.Support(supportReferrals, supportCaseload, supportInUse),
                hoursAvailable == null
                        ? null
                        : new CellMeasures.Hours(hoursAvailable, hoursUsed, hoursWaiting == null ? 0 : hoursWaiting),
                outOfArea,
                outOfAreaCost,
                outOfAreaCostUnknown,
                withinReach,
                unknownCapacity,
                missingInputs(laName));
    }

    /**
     * The inputs a no-data verdict says are missing, e.g. "Trafford: hours in use of Short breaks"; not those about
     * capacity, which the capacities added up say again.
     */
    Set<String> missingInputs(String laName) {
        Set<String> missing = new TreeSet<>();
        int at = reason.indexOf(NO_DATA);
        if (!VerdictCode.NO_DATA.code().equals(verdict) || at < 0) {
            return missing;
        }
        for (String input : reason.substring(at + NO_DATA.length()).split("; ")) {
            if (!input.startsWith("capacity")) {
                missing.add(laName + ": " + input);
            }
        }
        return missing;
    }

    String domainLabel() {
        return Labels.domain(domain);
    }

    String tierLabel() {
        return Labels.tier(tier);
    }

    public String label() {
        return domainLabel() + ", " + tierLabel();
    }

    public String verdictLabel() {
        return VerdictCode.of(verdict).label();
    }

    public String tagClass() {
        return Labels.tagClass(verdict);
    }

    public String capacityText() {
        return capacity == null ? "Unknown" : Labels.whole(capacity) + (capacityUnit == null ? "" : " " + capacityUnit);
    }
}
