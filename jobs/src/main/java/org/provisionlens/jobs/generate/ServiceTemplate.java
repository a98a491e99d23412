package org.provisionlens.jobs.generate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A kind of service every LA gets, and how its demand is counted from the LA's generated children: the sum over its
 * needs of (children with that need, of its ages, of its support levels and placements) times the need's take-up, times
 * the units one child uses.
 *
 * @param key the service id's suffix, e.g. SALT
 * @param name the name, with {la} for the LA's name
 * @param takeUp per need code, the share of children with it who use the service
 * @param plansOnly whether only children with EHC plans count
 * @param placementKey when set, only plans whose setting is this service count (special schools, resourced provision)
 * @param unitsPerChild places or cases are 1; hours per week more
 */
record ServiceTemplate(
        String key,
        String name,
        String description,
        String domain,
        String tier,
        int minAge,
        int maxAge,
        String unit,
        String funder,
        boolean inArea,
        Map<String, Double> takeUp,
        boolean plansOnly,
        boolean placementKey,
        double unitsPerChild,
        int costPerUnit,
        String eligibility,
        List<String> qualityRatings) {

    ServiceTemplate {
        if (minAge > maxAge) {
            throw new IllegalArgumentException(key + ": min age above max age");
        }
        if (!Set.of("places", "caseload", "hours per week").contains(unit)) {
            throw new IllegalArgumentException(key + ": unknown unit " + unit);
        }
        takeUp = Map.copyOf(takeUp);
        qualityRatings = List.copyOf(qualityRatings);
    }

    /** The needs served, in code order, as written in the needs column. */
    String needs() {
        return String.join(";", new java.util.TreeSet<>(takeUp.keySet()));
    }

    /** The demand from one child, in the service's unit. */
    double demandOf(Child child, String serviceId) {
        Double share = takeUp.get(child.need());
        if (share == null || child.age() < minAge || child.age() > maxAge || (plansOnly && !child.ehcPlan())) {
            return 0;
        }
        if (placementKey && !serviceId.equals(child.setting())) {
            return 0;
        }
        return share * unitsPerChild;
    }
}
