package org.provisionlens.core.reorganisation.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Impact.Outcome;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Finding;
import org.provisionlens.core.sufficiency.AgeBand;

/** The factors about the affected children themselves: access to education, and their transition. */
final class ChildrenRules {

    static final String ACCESS = "Access to education and associated services";
    static final String TRANSITION = "Transitional arrangements";

    private ChildrenRules() {}

    static final FactorRule ACCESS_RULE = new FactorRule() {
        @Override
        public String name() {
            return ACCESS;
        }

        @Override
        public Judgement judge(Baseline baseline, Impact impact) {
            int affected = Outcomes.affected(impact);
            int unmet = Outcomes.children(impact, Outcome.UNMET);
            int elsewhere = Outcomes.children(impact, Outcomes::placedElsewhere);
            int unknown = Outcomes.children(impact, Outcome.NOT_ROUTABLE);
            String scenario = " (" + impact.scenario().label() + "): ";
            List<String> evidence = List.of(
                    "Children using the changed services today: " + affected,
                    "Children left without provision or waiting" + scenario + unmet,
                    "Children placed elsewhere" + scenario + elsewhere,
                    "Children who must leave and have no known home area" + scenario + unknown);
            if (unmet > 0) {
                return new Judgement(
                        Finding.WORSENS,
                        Figures.children(unmet) + " of the " + affected
                                + " affected would be left without provision or waiting: nothing suitable"
                                + " within reach has room for them.",
                        evidence);
            }
            if (affected == 0 && elsewhere + unknown == 0) {
                long better = impact.cells().stream().filter(Outcomes::better).count();
                int taking = Outcomes.children(impact, Outcome.TAKES_NEW_PLACE);
                int returning = Outcomes.children(impact, Outcome.RETURNS_TO_LOCAL);
                if (taking + returning > 0) {
                    return new Judgement(
                            Finding.NOT_ENOUGH_EVIDENCE,
                            "No child loses or changes provision, and " + Figures.children(taking) + " waiting and "
                                    + returning + " from out-of-area placements would take up the places the proposal"
                                    + " adds, but the curriculum, facilities and equipment it offers are not known:"
                                    + " the panel should ask, with reference to the accessibility strategy.",
                            evidence);
                }
                if (better > 0) {
                    return new Judgement(
                            Finding.NOT_ENOUGH_EVIDENCE,
                            "No child loses or changes provision and " + Figures.count((int) better, "cell")
                                    + (better == 1 ? " gets" : " get") + " better, but who would use the new"
                                    + " provision, and the curriculum, facilities and equipment it offers, is not"
                                    + " known: the panel should ask, with reference to the accessibility strategy.",
                            evidence);
                }
                return new Judgement(
                        Finding.NO_CHANGE,
                        "No child uses a changed service in a way the change affects, so no child's access changes.",
                        evidence);
            }
            String curriculum = "the platform holds nothing on curriculum, facilities or equipment: the panel should"
                    + " ask how these compare, with reference to the accessibility strategy.";
            if (unknown > 0) {
                return new Judgement(
                        Finding.NOT_ENOUGH_EVIDENCE,
                        Figures.children(unknown) + " must leave and have no known home area, so no place could be"
                                + " looked for them; " + elsewhere + " more are placed elsewhere, and " + curriculum,
                        evidence);
            }
            return new Judgement(
                    Finding.NOT_ENOUGH_EVIDENCE,
                    (affected > 0 ? "All " + affected + " affected children keep" : "Every affected child keeps")
                            + " a suitable place (" + elsewhere + " of them elsewhere), but " + curriculum,
                    evidence);
        }
    };

    static final FactorRule TRANSITION_RULE = new FactorRule() {
        @Override
        public String name() {
            return TRANSITION;
        }

        @Override
        public Judgement judge(Baseline baseline, Impact impact) {
            int moving = Outcomes.children(impact, Outcomes::moving);
            int unmet = Outcomes.children(impact, Outcome.UNMET);
            int exams = Outcomes.children(impact, m -> Outcomes.moving(m) && m.age() >= 15 && m.age() <= 16);
            int phaseEnd = Outcomes.children(
                    impact, m -> Outcomes.moving(m) && (m.age() == 10 || m.age() == 15 || m.age() == 18));
            List<String> evidence = new ArrayList<>();
            evidence.add("Children who must move (" + impact.scenario().label() + "): " + moving);
            evidence.add("Of them with no known home area, so nowhere found yet: "
                    + Outcomes.children(impact, Outcome.NOT_ROUTABLE));
            evidence.add("Of them in exam years (aged 15-16): " + exams);
            evidence.add("Of them in the last year of a phase (aged 10, 15 or 18): " + phaseEnd);
            evidence.add(
                    "Children who lose their provision (" + impact.scenario().label() + "): " + unmet);
            for (Map.Entry<AgeBand, Integer> band :
                    Outcomes.movingByBand(impact).entrySet()) {
                evidence.add("Children who must move aged " + band.getKey().label() + ": " + band.getValue());
            }
            if (moving == 0 && unmet == 0) {
                return new Judgement(Finding.NO_CHANGE, "No child has to move or loses provision.", evidence);
            }
            String who = moving == 0
                    ? "No child must move, but " + Figures.children(unmet) + " would lose their provision (go without"
                            + " or wait)"
                    : Figures.children(moving) + " must move (" + exams + " in exam years, aged 15-16, and "
                            + phaseEnd + " in the last year of a phase)"
                            + (unmet == 0 ? "" : " and " + unmet + " would lose their provision");
            return new Judgement(
                    Finding.NOT_ENOUGH_EVIDENCE,
                    who + ": the panel should ask for the plan for each of them, and when the change would happen.",
                    evidence);
        }
    };
}
