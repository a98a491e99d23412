package org.provisionlens.core.sufficiency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The verdict on a cell, by rules that are monotone: adding capacity never worsens a verdict, more demand never
 * improves one.
 *
 * <ol>
 *   <li>No known capacity: no data (unless nobody needs it and nothing is offered).
 *   <li>Demand now above capacity, or too little of the demand within reach: insufficient.
 *   <li>Forecast demand at the horizon above capacity, occupancy at or above the threshold, or waits longer than the
 *       threshold: at risk.
 *   <li>Otherwise: sufficient.
 * </ol>
 */
public final class CellVerdicts {

    private CellVerdicts() {}

    /**
     * @param growth forecast demand at the horizon divided by demand now (1.18 = +18%); {@code null} when there is no
     *     forecast
     * @param horizonYear the year the forecast is for
     * @param laName the LA, for "outside Trafford"
     * @param unit what capacity counts, e.g. "places"
     */
    public static Verdict assess(
            CellKey cell,
            CellMeasures m,
            Double growth,
            int horizonYear,
            String laName,
            String unit,
            VerdictThresholds thresholds) {
        String facts = facts(cell, m, growth, horizonYear, laName, unit);
        if (m.capacity() == null) {
            return new Verdict.NoData(facts + "; no capacity is recorded for this cell");
        }
        double capacity = m.capacity();
        List<String> problems = new ArrayList<>();
        if (m.demand() > capacity) {
            problems.add("demand exceeds capacity by " + whole(m.demand() - capacity));
        }
        Double access = m.travelAccess();
        if (access != null && access < thresholds.insufficientTravelAccess()) {
            problems.add(percent(access) + " within reach of a service with spare capacity");
        }
        if (!problems.isEmpty()) {
            return new Verdict.Insufficient(facts + "; " + String.join("; ", problems));
        }
        double forecast = growth == null ? m.demand() : m.demand() * growth;
        if (forecast > capacity) {
            problems.add("forecast demand " + whole(forecast) + " by " + horizonYear + " exceeds capacity");
        }
        Double occupancy = m.occupancyPercent();
        if (occupancy != null && occupancy >= thresholds.atRiskOccupancyPercent()) {
            problems.add(Math.round(occupancy) + "% full");
        }
        if (m.maxWaitingWeeks() != null && m.maxWaitingWeeks() > thresholds.atRiskWaitingWeeks()) {
            problems.add("waits of up to " + m.maxWaitingWeeks() + " weeks");
        }
        if (!problems.isEmpty()) {
            return new Verdict.AtRisk(facts + "; " + String.join("; ", problems));
        }
        return new Verdict.Sufficient(facts);
    }

    /** "ASD, 11-15, Sale: 48 children with plans, 30 places, 12 of them outside Trafford; demand forecast +18% by 2028". */
    static String facts(CellKey cell, CellMeasures m, Double growth, int horizonYear, String laName, String unit) {
        StringBuilder text = new StringBuilder(cell.label()).append(": ");
        text.append(m.ehcPlans())
                .append(m.ehcPlans() == 1 ? " child" : " children")
                .append(" with plans");
        if (m.senSupport() > 0) {
            text.append(", ").append(m.senSupport()).append(" on SEN support");
        }
        text.append(", ");
        text.append(m.capacity() == null ? "capacity unknown" : whole(m.capacity()) + " " + unit);
        if (m.outOfArea() > 0) {
            text.append(", ").append(m.outOfArea()).append(" of them outside ").append(laName);
        }
        if (growth != null) {
            long change = Math.round((growth - 1) * 100);
            text.append("; demand forecast ")
                    .append(change >= 0 ? "+" : "")
                    .append(change)
                    .append("% by ")
                    .append(horizonYear);
        }
        return text.toString();
    }

    private static String whole(double value) {
        return String.valueOf(Math.round(value));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
