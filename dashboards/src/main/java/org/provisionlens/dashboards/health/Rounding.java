package org.provisionlens.dashboards.health;

import org.provisionlens.core.sufficiency.CellMeasures;

/**
 * Sums of published decimals rounded to a millionth, as the core rounds its own sums: 12.1 + 0.2 places must stay
 * 12.3, not become 12.299999999999999 (and a cell whose demand equals its capacity one whose demand exceeds it).
 */
final class Rounding {

    private Rounding() {}

    static CellMeasures tidy(CellMeasures m) {
        CellMeasures.Support support = m.support();
        CellMeasures.Hours hours = m.hours();
        return new CellMeasures(
                m.ehcPlans(),
                m.senSupport(),
                m.referrals(),
                tidy(m.capacity()),
                tidy(m.inUse()),
                m.waitingList(),
                m.maxWaitingWeeks(),
                support == null
                        ? null
                        : new CellMeasures.Support(
                                support.referrals(), tidy(support.caseload()), tidy(support.inUse())),
                hours == null
                        ? null
                        : new CellMeasures.Hours(tidy(hours.available()), tidy(hours.used()), hours.waiting()),
                m.outOfArea(),
                tidy(m.outOfAreaCost()),
                m.outOfAreaCostUnknown(),
                m.withinReach(),
                m.unknownCapacity(),
                m.missing());
    }

    private static Double tidy(Double value) {
        return value == null ? null : Math.round(value * 1e6) / 1e6;
    }
}
