package org.provisionlens.core.reorganisation.evidence;

import java.util.ArrayList;
import java.util.List;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.Change;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Impact.Travel;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Finding;

/**
 * Journey times and transport: the affected children's journeys before and after. Longer (median or 90th
 * percentile) or more children over the policy limit is worse; shorter with none of those worse is better, unless
 * some children go out of area or have no home area (no journey known after): then there is not enough evidence.
 */
final class TravelRule implements FactorRule {

    static final String NAME = "Journey times and transport";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Judgement judge(Baseline baseline, Impact impact) {
        Travel before = impact.travelBefore();
        Travel after = impact.travelAfter();
        double limit = limitMiles(baseline, impact);
        String scenario = " (" + impact.scenario().label() + ")";
        List<String> evidence = new ArrayList<>();
        if (before != null && after != null) {
            evidence.add("Affected children with a known journey" + scenario + ": " + before.children() + " before, "
                    + after.children() + " after");
            evidence.add("Median journey: " + Figures.minutes(before.medianMinutes()) + " before, "
                    + Figures.minutes(after.medianMinutes()) + " after");
            evidence.add("90th percentile journey: " + Figures.minutes(before.p90Minutes()) + " before, "
                    + Figures.minutes(after.p90Minutes()) + " after");
            evidence.add("Longest journey: " + Figures.minutes(before.maxMinutes()) + " before, "
                    + Figures.minutes(after.maxMinutes()) + " after");
            evidence.add("Children over the transport limit of " + Figures.number(limit) + " miles: "
                    + before.overLimit() + " before, " + after.overLimit() + " after");
        }
        evidence.add("Children who must leave and have no known home area (no journey): "
                + Outcomes.children(impact, Impact.Outcome.NOT_ROUTABLE));
        evidence.addAll(UptakeJourneys.lines(impact, limit));
        if (impact.costs() != null) {
            evidence.add(
                    "Transport cost a year: " + Figures.pounds(impact.costs().transportBefore()) + " before, "
                            + Figures.pounds(impact.costs().transportAfter()) + " after");
        }
        if (before == null || after == null || before.children() + after.children() == 0) {
            boolean anyone = Outcomes.children(impact, Outcomes::moving) > 0;
            return anyone || (before == null) != (after == null)
                    ? new Judgement(
                            Finding.NOT_ENOUGH_EVIDENCE,
                            "No journey is known for the children who move (their home area or the service's"
                                    + " location is missing).",
                            evidence)
                    : uptake(impact, evidence);
        }
        if (before.medianMinutes() == null || after.medianMinutes() == null) {
            return new Judgement(
                    Finding.NOT_ENOUGH_EVIDENCE,
                    "Journeys are known for " + before.children() + " affected children before and " + after.children()
                            + " after, too few to compare their medians.",
                    evidence);
        }
        String sentence = "The median journey of the affected children goes from "
                + Figures.number(before.medianMinutes()) + " to " + Figures.minutes(after.medianMinutes())
                + ", the 90th percentile from " + Figures.number(before.p90Minutes()) + " to "
                + Figures.minutes(after.p90Minutes()) + ", and " + after.overLimit()
                + (after.overLimit() == 1 ? " is" : " are") + " over the "
                + Figures.number(limit) + "-mile limit (" + before.overLimit() + " before).";
        boolean worse = Figures.more(after.medianMinutes(), before.medianMinutes())
                || Figures.more(after.p90Minutes(), before.p90Minutes())
                || after.overLimit() > before.overLimit();
        boolean better = Figures.more(before.medianMinutes(), after.medianMinutes())
                || Figures.more(before.p90Minutes(), after.p90Minutes())
                || after.overLimit() < before.overLimit();
        Finding finding = worse ? Finding.WORSENS : better ? Finding.IMPROVES : Finding.NO_CHANGE;
        int unknownAfter = Outcomes.children(impact, Impact.Outcome.OUT_OF_AREA)
                + Outcomes.children(impact, Impact.Outcome.NOT_ROUTABLE);
        if (!worse && unknownAfter > 0) {
            // the journeys after leave out the children who go out of area (or have no home area): a shorter median of
            // the others is not evidence that journeys get shorter
            return new Judgement(
                    Finding.NOT_ENOUGH_EVIDENCE,
                    sentence + " But " + unknownAfter + (unknownAfter == 1 ? " child goes" : " children go")
                            + " out of area or" + (unknownAfter == 1 ? " has" : " have")
                            + " no known home area, so no journey is known for them after: the"
                            + " figures after leave them out and cannot show that journeys get shorter.",
                    evidence);
        }
        return new Judgement(finding, sentence, evidence);
    }

    /**
     * Nobody must move: the journeys of the children who take up added places decide. Those coming back from out of
     * area with shorter journeys improve them; waiting children had no journey before, so theirs change nothing.
     */
    private static Judgement uptake(Impact impact, List<String> evidence) {
        if (UptakeJourneys.returningShorter(impact)) {
            return new Judgement(
                    Finding.IMPROVES,
                    "No child must move, and the children who come back from out of area to the places the proposal"
                            + " adds travel less far (see their journeys before and after).",
                    evidence);
        }
        boolean taking = Outcomes.children(impact, Impact.Outcome.TAKES_NEW_PLACE) > 0;
        return new Judgement(
                Finding.NO_CHANGE,
                taking
                        ? "No child must move; the waiting children who take up the places the proposal adds had no"
                                + " journey before, so their journeys (shown apart) are new, not longer or shorter."
                        : "No child's journey changes.",
                evidence);
    }

    /** The proposal's limit when it changes the transport policy, else the run's. */
    private static double limitMiles(Baseline baseline, Impact impact) {
        double limit = baseline.transport().maxMiles();
        for (Change change : impact.proposal().changes()) {
            if (change instanceof Change.ChangeTransportPolicy policy && policy.maxMiles() != null) {
                limit = policy.maxMiles();
            }
        }
        return limit;
    }
}
