package org.provisionlens.core.reorganisation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provisionlens.core.sufficiency.Locality;

/**
 * Evaluates a proposal against a published run: applies its changes to the run's services, finds the children using
 * the changed services, grows them (and every other service's use) to the horizon under the scenario, reallocates
 * them exactly (see {@link Displacement}), fills the places the proposal adds with children waiting or placed out of
 * area (see {@link Uptake}), and compares before and after. The "before" is the run with no changes
 * under the same scenario, worked out once per baseline and scenario, so a proposal with no changes has zero impact.
 */
public final class ImpactModel {

    private ImpactModel() {}

    /**
     * The proposal's impact under one demand scenario.
     *
     * @throws ProposalNotApplicable when a change names a service the run does not have, or needs a figure it lacks
     */
    public static Impact evaluate(Baseline baseline, Proposal proposal, Scenario scenario) {
        if (!proposal.laCode().equals(baseline.area().laCode())) {
            throw new ProposalNotApplicable("proposal " + proposal.id() + " is for " + proposal.laCode() + ", not for "
                    + baseline.area().laName() + " (" + baseline.area().laCode() + ")");
        }
        Prepared prepared = Prepared.of(baseline);
        AppliedProposal applied = ProposalApplier.apply(baseline, proposal);
        Double scenarioGrowth = baseline.growth().get(scenario);
        double growth = scenarioGrowth == null ? 1.0 : scenarioGrowth;
        List<String> caveats = new ArrayList<>();
        if (scenarioGrowth == null) {
            caveats.add("The run has no " + scenario.label().toLowerCase(java.util.Locale.ROOT)
                    + " forecast: demand is taken as it is today.");
        }
        Displacement displacement = Displacement.of(baseline, applied, prepared, growth);
        caveats.addAll(displacement.caveats());
        BigDecimal placeCost = CostMeasures.placeCost(baseline);
        Uptake uptake = Uptake.of(baseline, applied, prepared, displacement, growth);
        String placeCostSaid = CostMeasures.placeCostSaid(baseline);
        boolean outOfArea =
                displacement.pieces.stream().anyMatch(p -> p.outcome() == Impact.Outcome.OUT_OF_AREA && p.grown() > 0);
        boolean returning = uptake.pieces.stream()
                .anyMatch(p -> p.group().from() != null
                        && org.provisionlens.core.sufficiency.PlacementCosts.outsideOwnProvision(
                                p.group().from()));
        if (outOfArea || returning) {
            caveats.add(placeCostSaid);
        }
        // the cells after are today's provision after the change, judged against forecast demand like the published
        // review's: children are reallocated as they are today (the moves reported above are at the horizon), so a
        // service cut to 81 places is full with 81 children, not emptied in proportion to the horizon's numbers
        Displacement today = growth == 1.0 ? displacement : Displacement.of(baseline, applied, prepared, 1.0);
        Uptake uptakeToday = growth == 1.0 ? uptake : Uptake.of(baseline, applied, prepared, today, 1.0);
        AfterState after = AfterState.of(prepared, applied, today, uptakeToday, placeCost);
        return new Impact(
                proposal,
                scenario,
                baseline.horizonYear(),
                growth,
                affected(baseline, displacement, uptake),
                moves(displacement, uptake),
                TravelMeasures.before(displacement, baseline.transport().maxMiles()),
                TravelMeasures.after(displacement, applied.transport().maxMiles()),
                CellsAfter.compare(prepared, applied, after, scenario, growth),
                CostMeasures.of(baseline, applied, displacement, uptake, placeCost),
                RangeAndQuality.range(baseline.area(), baseline.services(), applied.services()),
                RangeAndQuality.quality(baseline.services()),
                RangeAndQuality.quality(applied.services()),
                voices(baseline, applied, displacement),
                caveats);
    }

    /** The proposal's impact under the low, central and high scenarios. */
    public static Map<Scenario, Impact> evaluate(Baseline baseline, Proposal proposal) {
        Map<Scenario, Impact> impacts = new EnumMap<>(Scenario.class);
        for (Scenario scenario : Scenario.values()) {
            impacts.put(scenario, evaluate(baseline, proposal, scenario));
        }
        return impacts;
    }

    private static List<Impact.Affected> affected(Baseline baseline, Displacement displacement, Uptake uptake) {
        List<Impact.Affected> affected = new ArrayList<>(displacement.groups.stream()
                .map(g -> {
                    Locality locality = baseline.area().localityOf(g.lsoaCode());
                    return new Impact.Affected(
                            g.from().id(),
                            g.from().name(),
                            g.lsoaCode(),
                            locality.code(),
                            locality.name(),
                            g.need(),
                            g.age(),
                            g.level(),
                            SettingLabels.of(g.from()),
                            g.today());
                })
                .toList());
        for (Uptake.Piece p : uptake.pieces) {
            if (p.today() > 0) {
                Locality locality = baseline.area().localityOf(p.group().lsoaCode());
                affected.add(new Impact.Affected(
                        p.to().id(),
                        p.to().name(),
                        p.group().lsoaCode(),
                        locality.code(),
                        locality.name(),
                        p.group().need(),
                        p.group().age(),
                        p.group().level(),
                        p.group().from() == null
                                ? "Waiting for a place"
                                : SettingLabels.of(p.group().from()),
                        p.today(),
                        true));
            }
        }
        return affected;
    }

    private static List<Impact.Move> moves(Displacement displacement, Uptake uptake) {
        List<Impact.Move> moves = new ArrayList<>(displacement.pieces.stream()
                .filter(p -> p.grown() > 0)
                .map(p -> new Impact.Move(
                        p.group().from().id(),
                        p.to() == null ? null : p.to().id(),
                        p.to() == null ? null : p.to().name(),
                        p.group().lsoaCode(),
                        p.group().need(),
                        p.group().age(),
                        p.outcome(),
                        p.grown(),
                        p.group().minutesBefore(),
                        p.minutes(),
                        p.miles()))
                .toList());
        for (Uptake.Piece p : uptake.pieces) {
            moves.add(new Impact.Move(
                    p.group().from() == null ? null : p.group().from().id(),
                    p.to().id(),
                    p.to().name(),
                    p.group().lsoaCode(),
                    p.group().need(),
                    p.group().age(),
                    p.outcome(),
                    p.grown(),
                    p.group().minutesBefore(),
                    p.minutes(),
                    p.miles()));
        }
        return moves;
    }

    private static List<ServiceComment> voices(Baseline baseline, AppliedProposal applied, Displacement displacement) {
        Set<String> about = new HashSet<>(applied.named());
        displacement.groups.forEach(g -> about.add(g.from().id()));
        return baseline.comments().stream()
                .filter(c -> about.contains(c.serviceId()))
                .toList();
    }
}
