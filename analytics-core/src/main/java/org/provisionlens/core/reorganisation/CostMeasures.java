package org.provisionlens.core.reorganisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.provisionlens.core.provision.ProvisionKind;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.sufficiency.PlacementCosts;
import org.provisionlens.core.sufficiency.SettingKind;

/**
 * Costs a year before and after, in pounds at this year's prices. Services: capacity x unit cost of every local service
 * (a place or caseload slot a year; hours a week x 52). Out of area: existing out-of-area placements do not change,
 * so before is nothing extra and after is the children placed out of area x the cost of a place. Transport: the
 * affected children in specialist settings whose journey is known before and after x road miles x journeys a year x
 * cost per mile. Children who take up added places (see {@link Uptake}): those who come back from an out-of-area or
 * independent placement no longer cost one, so the out-of-area cost after falls by their number x the same cost of a
 * place (after can be below zero: a saving on the out-of-area placements of today); their transport, and that of the
 * waiting children who take up a place in a specialist setting, is costed like the others' (a waiting child had no
 * journey before: nothing before, their road miles after; a returning child's journey before is to the placement
 * they leave, when its location is known). The net saving counts only the parts known both before and after; the five-year saving is five times
 * the yearly one (no inflation, no change in demand within the five years).
 */
final class CostMeasures {

    private static final BigDecimal WEEKS_A_YEAR = BigDecimal.valueOf(52);

    private CostMeasures() {}

    private static final List<ProvisionKind> OUTSIDE =
            List.of(ProvisionKind.INDEPENDENT_SPECIAL_SCHOOL, ProvisionKind.NON_MAINTAINED_SPECIAL_SCHOOL);

    /**
     * The cost of an out-of-area or independent place a year: the run's default for independent (else non-maintained)
     * special schools; without one, the mean cost per place of the run's own out-of-area and independent placements
     * that list a cost, weighted by their places; {@code null} when neither is known.
     */
    static BigDecimal placeCost(Baseline baseline) {
        PlacementCosts.Default given = given(baseline.settings().costs());
        if (given != null) {
            return given.perPlacePerYear();
        }
        List<Service> listed = listedOutside(baseline);
        if (listed.isEmpty()) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        long places = 0;
        for (Service s : listed) {
            long weight = s.capacity() == null || s.capacity() <= 0 ? 1 : s.capacity();
            total = total.add(s.costPerUnit().multiply(BigDecimal.valueOf(weight)));
            places += weight;
        }
        return total.divide(BigDecimal.valueOf(places), 0, RoundingMode.HALF_UP);
    }

    /** What an out-of-area place is costed at, and where the figure comes from, in a sentence. */
    static String placeCostSaid(Baseline baseline) {
        PlacementCosts.Default given = given(baseline.settings().costs());
        if (given != null) {
            ProvisionKind kind = OUTSIDE.stream()
                    .filter(k -> baseline.settings().costs().defaults().get(k) == given)
                    .findFirst()
                    .orElseThrow();
            return "Children placed out of area are costed at £"
                    + given.perPlacePerYear().toPlainString()
                    + " a place a year, the run's cost of a place in "
                    + kind.label().toLowerCase(java.util.Locale.ROOT)
                    + " (" + given.source() + ").";
        }
        List<Service> listed = listedOutside(baseline);
        if (!listed.isEmpty()) {
            return "Children placed out of area are costed at £"
                    + placeCost(baseline).toPlainString()
                    + " a place a year: the cost per place the run's listings give for its out-of-area and independent"
                    + " placements ("
                    + String.join(", ", listed.stream().map(Service::name).toList())
                    + "), weighted by their places; the manifest sets no cost of a place.";
        }
        return "The run gives no cost of an out-of-area or independent place: the cost of the children placed out of"
                + " area is not known, and the saving leaves it out.";
    }

    private static PlacementCosts.Default given(PlacementCosts costs) {
        return OUTSIDE.stream()
                .map(kind -> costs.defaults().get(kind))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static List<Service> listedOutside(Baseline baseline) {
        return baseline.services().stream()
                .filter(s -> PlacementCosts.outsideOwnProvision(s)
                        && s.costPerUnit() != null
                        && s.costPerUnit().signum() > 0)
                .toList();
    }

    static Impact.Costs of(
            Baseline baseline,
            AppliedProposal applied,
            Displacement displacement,
            Uptake uptake,
            BigDecimal placeCost) {
        List<String> leftOut = new ArrayList<>();
        Set<String> named = new java.util.HashSet<>(applied.named());
        applied.services().stream()
                .filter(s -> baseline.services().stream().noneMatch(b -> b.id().equals(s.id())))
                .forEach(s -> named.add(s.id()));
        BigDecimal servicesBefore = services(baseline.services(), named, leftOut, "before");
        BigDecimal servicesAfter = services(applied.services(), named, leftOut, "after");

        int outOfArea = 0;
        int unknownTransport = 0;
        BigDecimal milesBefore = BigDecimal.ZERO;
        BigDecimal milesAfter = BigDecimal.ZERO;
        for (Displacement.Piece p : displacement.pieces) {
            if (p.group().kind() != SettingKind.SPECIALIST_SETTING) {
                continue;
            }
            if (p.outcome() == Impact.Outcome.OUT_OF_AREA) {
                outOfArea += p.grown();
            }
            if (p.to() != null && p.miles() != null && p.group().milesBefore() != null) {
                milesBefore = milesBefore.add(BigDecimal.valueOf(p.group().milesBefore() * p.grown()));
                milesAfter = milesAfter.add(BigDecimal.valueOf(p.miles() * p.grown()));
            } else {
                unknownTransport += p.grown();
            }
        }
        int returning = 0;
        for (Uptake.Piece p : uptake.pieces) {
            if (Suitability.kindOf(p.to()) != SettingKind.SPECIALIST_SETTING) {
                continue;
            }
            if (p.group().from() != null
                    && PlacementCosts.outsideOwnProvision(p.group().from())) {
                // back from out of area, or waiting while placed there: either way no longer an out-of-area place
                returning += p.grown();
            }
            Double before = p.group().waiting() ? Double.valueOf(0) : p.group().milesBefore();
            if (before != null) {
                milesBefore = milesBefore.add(BigDecimal.valueOf(before * p.grown()));
                milesAfter = milesAfter.add(BigDecimal.valueOf(p.miles() * p.grown()));
            } else {
                unknownTransport += p.grown();
            }
        }
        int placesAfter = outOfArea - returning;
        BigDecimal outOfAreaAfter = placeCost == null
                ? (placesAfter == 0 && returning == 0 ? BigDecimal.ZERO : null)
                : placeCost.multiply(BigDecimal.valueOf(placesAfter));
        if (outOfAreaAfter == null) {
            leftOut.add("out-of-area placements: no data on the cost of a place (" + outOfArea + " children placed"
                    + (returning > 0 ? ", " + returning + " coming back" : "") + ")");
        }
        BigDecimal transportBefore = transport(milesBefore, baseline.transport());
        BigDecimal transportAfter = transport(milesAfter, applied.transport());
        if (transportBefore == null || transportAfter == null) {
            leftOut.add("transport: no data on the cost per mile");
        }
        if (unknownTransport > 0) {
            leftOut.add("transport of " + unknownTransport
                    + " children in specialist settings whose journey is not known before and after (out of area,"
                    + " home area not known)");
        }
        BigDecimal saving = BigDecimal.ZERO;
        saving = saving.add(difference(servicesBefore, servicesAfter));
        saving = saving.add(difference(BigDecimal.ZERO, outOfAreaAfter));
        saving = saving.add(difference(transportBefore, transportAfter));
        return new Impact.Costs(
                servicesBefore,
                servicesAfter,
                BigDecimal.ZERO,
                outOfAreaAfter,
                transportBefore,
                transportAfter,
                saving,
                saving.multiply(BigDecimal.valueOf(5)),
                leftOut);
    }

    private static BigDecimal difference(BigDecimal before, BigDecimal after) {
        return before == null || after == null ? BigDecimal.ZERO : before.subtract(after);
    }

    private static BigDecimal transport(BigDecimal miles, TransportPolicy policy) {
        if (policy.costPerMile() == null) {
            return null;
        }
        return miles.multiply(BigDecimal.valueOf(policy.journeysPerYear()))
                .multiply(policy.costPerMile())
                .setScale(0, RoundingMode.HALF_UP);
    }

    /** Capacity x unit cost of the local services; the named services with no cost are listed as left out. */
    private static BigDecimal services(List<Service> services, Set<String> named, List<String> leftOut, String when) {
        BigDecimal total = BigDecimal.ZERO;
        for (Service s : services) {
            if (!Suitability.local(s)) {
                continue;
            }
            if (s.capacity() == null || s.costPerUnit() == null) {
                if (named.contains(s.id())) {
                    leftOut.add(s.name() + " (" + when + "): no data on its "
                            + (s.capacity() == null ? "capacity" : "unit cost"));
                }
                continue;
            }
            BigDecimal cost = s.costPerUnit().multiply(BigDecimal.valueOf(s.capacity()));
            total = total.add(s.capacityUnit() == CapacityUnit.HOURS_PER_WEEK ? cost.multiply(WEEKS_A_YEAR) : cost);
        }
        // services the proposal does not touch with no capacity or cost are the same before and after: they are not
        // in either total and leave the saving as it is, so they are not listed as left out of it
        return total;
    }
}
