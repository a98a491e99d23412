package org.provisionlens.core.reorganisation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Several proposals side by side, doing nothing first, each under the low, central and high scenarios: one row per
 * proposal and scenario. Children affected are counted today; what happens to them (stay, move, out of area, unmet)
 * is counted at the horizon under the scenario's growth, as are the children who take up the places a proposal adds
 * (waiting, or back from out of area).
 */
public record ProposalComparison(List<Row> rows) {

    public ProposalComparison {
        rows = List.copyOf(rows);
    }

    /**
     * One proposal under one scenario.
     *
     * @param cellsWorse cells whose verdict is worse after (sufficient to at risk or insufficient, at risk to
     *     insufficient); cells with no data on either side are not compared
     * @param netSavingPerYear pounds a year at this year's prices, over the parts of the cost known before and after
     * @param qualityShareAfter places in specialist settings rated good or outstanding of those rated, after; {@code
     *     null} when none is rated
     */
    public record Row(
            String proposalId,
            String proposalName,
            Scenario scenario,
            int affected,
            int moved,
            int stayed,
            int outOfArea,
            int unmet,
            int notRoutable,
            int tookNewPlaces,
            int returnedFromOutOfArea,
            Double medianMinutesAfter,
            Double p90MinutesAfter,
            int overLimitAfter,
            int cellsWorse,
            int cellsBetter,
            BigDecimal netSavingPerYear,
            int rangeLost,
            int rangeGained,
            Double qualityShareAfter) {

        static Row of(Impact impact) {
            int worse = 0;
            int better = 0;
            for (Impact.CellChange cell : impact.cells()) {
                if (cell.before().comparable() && cell.after().comparable()) {
                    worse += cell.after().severity() > cell.before().severity() ? 1 : 0;
                    better += cell.after().severity() < cell.before().severity() ? 1 : 0;
                }
            }
            return new Row(
                    impact.proposal().id(),
                    impact.proposal().name(),
                    impact.scenario(),
                    impact.affected().stream()
                            .filter(a -> !a.takesUpPlaces())
                            .mapToInt(Impact.Affected::children)
                            .sum(),
                    impact.children(Impact.Outcome.MOVES),
                    impact.children(Impact.Outcome.STAYS),
                    impact.children(Impact.Outcome.OUT_OF_AREA),
                    impact.children(Impact.Outcome.UNMET),
                    impact.children(Impact.Outcome.NOT_ROUTABLE),
                    impact.children(Impact.Outcome.TAKES_NEW_PLACE),
                    impact.children(Impact.Outcome.RETURNS_TO_LOCAL),
                    impact.travelAfter().medianMinutes(),
                    impact.travelAfter().p90Minutes(),
                    impact.travelAfter().overLimit(),
                    worse,
                    better,
                    impact.costs().netSavingPerYear(),
                    impact.range().stream().mapToInt(r -> r.lost().size()).sum(),
                    impact.range().stream().mapToInt(r -> r.gained().size()).sum(),
                    impact.qualityAfter().share());
        }
    }

    /** The proposals against the baseline, doing nothing first (added when the first proposal changes anything). */
    public static ProposalComparison of(Baseline baseline, List<Proposal> proposals) {
        List<Map<Scenario, Impact>> impacts = new ArrayList<>();
        for (Proposal proposal : withDoNothingFirst(baseline, proposals)) {
            impacts.add(ImpactModel.evaluate(baseline, proposal));
        }
        return of(impacts);
    }

    /** Rows of impacts already worked out, in the order given, each in scenario order. */
    public static ProposalComparison of(List<Map<Scenario, Impact>> impacts) {
        List<Row> rows = new ArrayList<>();
        for (Map<Scenario, Impact> byScenario : impacts) {
            new EnumMap<>(byScenario).values().forEach(impact -> rows.add(Row.of(impact)));
        }
        return new ProposalComparison(rows);
    }

    static List<Proposal> withDoNothingFirst(Baseline baseline, List<Proposal> proposals) {
        List<Proposal> all = new ArrayList<>();
        if (proposals.isEmpty() || !proposals.get(0).changes().isEmpty()) {
            all.add(Proposal.doNothing(
                    baseline.area().laCode(),
                    proposals.isEmpty()
                            ? baseline.reviewDate()
                            : proposals.get(0).effectiveDate()));
        }
        all.addAll(proposals);
        return all;
    }
}
