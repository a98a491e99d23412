package org.provisionlens.core.sufficiency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.provisionlens.core.services.Domain;

/**
 * The verdict on a cell, by rules that are monotone: adding capacity never worsens a verdict, more demand never
 * improves one. Demand is compared only with capacity of the same kind: children with places (or caseload, where
 * demand is referrals), caseload services' referrals with their caseload, hours with hours.
 *
 * <ol>
 *   <li>An input the cell's demand definition needs is missing, or nothing to compare demand with is known: no data,
 *       saying what is missing.
 *   <li>Demand now above capacity (with every service's capacity known), referrals above caseload, every hour in use
 *       with children waiting, or too little of the demand within reach: insufficient.
 *   <li>Forecast demand at the horizon above capacity, occupancy (of places, caseload or hours) at or above the
 *       threshold, or waits longer than the threshold: at risk.
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
        if (!m.missing().isEmpty()) {
            return new Verdict.NoData(facts + "; no data: " + String.join("; ", new TreeSet<>(m.missing())));
        }
        boolean childrenUncompared = m.capacity() == null && m.demand() > 0 && m.hours() == null;
        if (childrenUncompared || m.capacity() == null && m.support() == null && m.hours() == null) {
            return new Verdict.NoData(facts + "; no data: " + capacityMissing(m));
        }
        List<String> problems = new ArrayList<>();
        if (m.capacity() != null && m.demand() > m.capacity()) {
            if (!m.unknownCapacity().isEmpty()) {
                return new Verdict.NoData(facts + "; no data: " + capacityMissing(m) + " (demand exceeds the "
                        + tenths(m.capacity()) + " known)");
            }
            problems.add("demand exceeds capacity by " + tenths(m.demand() - m.capacity()));
        }
        if (m.support() != null && m.support().referrals() > m.support().caseload()) {
            problems.add("referrals to caseload services exceed their caseload by "
                    + whole(m.support().referrals() - m.support().caseload()));
        }
        CellMeasures.Hours hours = m.hours();
        if (hours != null && hours.used() != null && hours.used() >= hours.available() && hours.waiting() > 0) {
            problems.add("every hour in use and " + children(hours.waiting()) + " waiting");
        }
        Double access = m.travelAccess();
        if (access != null && m.capacity() != null && access < thresholds.insufficientTravelAccess()) {
            problems.add(percent(access) + " within reach of a service with spare capacity");
        }
        if (!problems.isEmpty()) {
            return new Verdict.Insufficient(facts + "; " + String.join("; ", problems));
        }
        double forecast = growth == null ? m.demand() : m.demand() * growth;
        if (m.capacity() != null && forecast > m.capacity()) {
            problems.add("forecast demand " + whole(forecast) + " by " + horizonYear + " exceeds capacity");
        }
        Double occupancy = m.occupancyPercent();
        if (occupancy != null && occupancy >= thresholds.atRiskOccupancyPercent()) {
            problems.add(Math.round(occupancy) + "% full");
        }
        if (m.support() != null && m.support().inUse() != null && m.support().caseload() > 0) {
            double full = 100 * m.support().inUse() / m.support().caseload();
            if (full >= thresholds.atRiskOccupancyPercent()) {
                problems.add("caseload services " + Math.round(full) + "% full");
            }
        }
        if (hours != null && hours.used() != null && hours.available() > 0) {
            double full = 100 * hours.used() / hours.available();
            if (full >= thresholds.atRiskOccupancyPercent()) {
                problems.add(Math.round(full) + "% of hours in use");
            }
        }
        if (m.maxWaitingWeeks() != null && m.maxWaitingWeeks() > thresholds.atRiskWaitingWeeks()) {
            problems.add(waits(cell, m.maxWaitingWeeks(), thresholds.atRiskWaitingWeeks()));
        }
        if (!problems.isEmpty()) {
            return new Verdict.AtRisk(facts + "; " + String.join("; ", problems));
        }
        return new Verdict.Sufficient(facts);
    }

    /** "the longest wait is 26 weeks (...), longer than the NHS 18-week referral-to-treatment standard". */
    private static String waits(CellKey cell, int weeks, int threshold) {
        String text = "the longest wait is " + weeks
                + " weeks (services' typical waits and children's waiting dates), longer than ";
        if (cell.domain() != Domain.HEALTH) {
            return text + threshold + " weeks";
        }
        return threshold == 18
                ? text + "the NHS 18-week referral-to-treatment standard"
                : text + threshold + " weeks (the NHS referral-to-treatment standard is 18 weeks)";
    }

    /** "1 child with plans ...", "2 children with plans ...": the definition's phrase, singular for one. */
    private static String counted(int n, String phrase) {
        if (n != 1) {
            return n + " " + phrase;
        }
        return n + " "
                + phrase.replaceFirst("^children ", "child ")
                        .replaceFirst("^young people ", "young person ")
                        .replaceFirst("^referrals ", "referral ");
    }

    private static String capacityMissing(CellMeasures m) {
        return m.unknownCapacity().isEmpty()
                ? "capacity (no service with a known capacity serves this cell)"
                : "capacity of " + String.join(", ", new TreeSet<>(m.unknownCapacity()));
    }

    /**
     * "ASD, 11-15, education, specialist, Sale: 48 children with plans placed in or waiting for a specialist setting,
     * 30 places, 12 of them outside Trafford or in independent provision (£696,000 a year); EHC plans forecast +18% by
     * 2028".
     */
    static String facts(CellKey cell, CellMeasures m, Double growth, int horizonYear, String laName, String unit) {
        DemandDefinition definition =
                cell.domain() == null || cell.tier() == null ? null : DemandDefinition.of(cell.domain(), cell.tier());
        StringBuilder text = new StringBuilder(cell.label()).append(": ");
        if (definition == null) {
            text.append(m.ehcPlans())
                    .append(m.ehcPlans() == 1 ? " child" : " children")
                    .append(" with plans");
            if (m.senSupport() > 0) {
                text.append(", ").append(m.senSupport()).append(" on SEN support");
            }
        } else {
            text.append(counted(m.demand(), definition.counted()));
            if (m.ehcPlans() > 0 && m.senSupport() > 0) {
                text.append(" (")
                        .append(m.ehcPlans())
                        .append(" with plans, ")
                        .append(m.senSupport())
                        .append(" on SEN support)");
            }
        }
        text.append(", ");
        if (m.capacity() != null) {
            text.append(tenths(m.capacity()))
                    .append(' ')
                    .append(tenths(m.capacity()).equals("1") && unit.equals("places") ? "place" : unit);
            if (!m.unknownCapacity().isEmpty()) {
                text.append(" known (capacity of ")
                        .append(m.unknownCapacity().size())
                        .append(m.unknownCapacity().size() == 1 ? " service" : " services")
                        .append(" unknown)");
            }
        } else if (m.hours() != null) {
            text.append("no places or caseload (children are not compared with hours)");
        } else {
            text.append("capacity unknown");
        }
        if (m.outOfArea() > 0) {
            text.append(", ")
                    .append(m.outOfArea())
                    .append(" of them placed outside ")
                    .append(laName)
                    .append(" or in independent provision");
            if (m.outOfAreaCost() != null || m.outOfAreaCostUnknown() > 0) {
                text.append(" (");
                if (m.outOfAreaCost() != null) {
                    text.append(pounds(m.outOfAreaCost())).append(" a year");
                }
                if (m.outOfAreaCostUnknown() > 0) {
                    text.append(m.outOfAreaCost() != null ? "; " : "")
                            .append("no data: cost per place for ")
                            .append(m.outOfAreaCostUnknown());
                }
                text.append(')');
            }
        }
        if (m.support() != null) {
            text.append("; caseload services: ")
                    .append(m.support().referrals())
                    .append(" referrals (in use plus waiting) against a caseload of ")
                    .append(whole(m.support().caseload()));
        }
        if (m.hours() != null) {
            CellMeasures.Hours hours = m.hours();
            text.append("; hours a week: ")
                    .append(hours.used() == null ? "use not reported" : whole(hours.used()) + " used")
                    .append(" of ")
                    .append(whole(hours.available()))
                    .append(", ")
                    .append(children(hours.waiting()))
                    .append(" waiting");
        }
        if (growth != null) {
            long change = Math.round((growth - 1) * 100);
            text.append("; EHC plans forecast ")
                    .append(change >= 0 ? "+" : "")
                    .append(change)
                    .append("% by ")
                    .append(horizonYear);
        }
        return text.toString();
    }

    private static String children(int n) {
        return n + (n == 1 ? " child" : " children");
    }

    /**
     * A capacity to a tenth, without ".0": a locality's capacity is its share of services that serve several
     * localities (6.6 places), and rounding it whole would make "7 children, 7 places" read as insufficient "by 0".
     */
    private static String tenths(double value) {
        // to hundredths first, as the published cell stores it (NUMERIC(12, 2)), so the tables and the reason agree
        java.math.BigDecimal tenths = java.math.BigDecimal.valueOf(value)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .setScale(1, java.math.RoundingMode.HALF_UP);
        return tenths.stripTrailingZeros().toPlainString();
    }

    private static String whole(double value) {
        return String.valueOf(Math.round(value));
    }

    private static String pounds(double value) {
        return String.format(Locale.UK, "£%,d", Math.round(value));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
