package org.provisionlens.core.reorganisation.evidence;

import java.util.ArrayList;
import java.util.List;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Impact.LocalityRange;
import org.provisionlens.core.reorganisation.Impact.Quality;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Finding;

/** The "range" and "quality" of Code of Practice 4.19's "standard, quality or range of provision". */
final class ProvisionRules {

    static final String RANGE = "Range of provision (need types and age bands in each locality)";
    static final String QUALITY = "Quality of provision (Ofsted ratings)";

    private ProvisionRules() {}

    static final FactorRule RANGE_RULE = new FactorRule() {
        @Override
        public String name() {
            return RANGE;
        }

        @Override
        public Judgement judge(Baseline baseline, Impact impact) {
            List<String> lost = new ArrayList<>();
            List<String> gained = new ArrayList<>();
            List<String> evidence = new ArrayList<>();
            for (LocalityRange locality : impact.range()) {
                if (!locality.lost().isEmpty()) {
                    lost.add(locality.localityName() + " loses " + String.join(", ", locality.lost()));
                    evidence.add(locality.localityName() + " no longer served: " + String.join(", ", locality.lost()));
                }
                if (!locality.gained().isEmpty()) {
                    gained.add(locality.localityName() + " gains " + String.join(", ", locality.gained()));
                    evidence.add(locality.localityName() + " newly served: " + String.join(", ", locality.gained()));
                }
            }
            evidence.add("Localities compared: " + impact.range().size());
            if (!lost.isEmpty()) {
                return new Judgement(
                        Finding.WORSENS,
                        String.join("; ", lost) + (gained.isEmpty() ? "" : "; " + String.join("; ", gained)) + ".",
                        evidence);
            }
            if (!gained.isEmpty()) {
                return new Judgement(
                        Finding.IMPROVES, String.join("; ", gained) + ", and no locality loses any.", evidence);
            }
            return new Judgement(
                    Finding.NO_CHANGE,
                    "Each of the " + impact.range().size()
                            + " localities keeps the need types and age bands it has served.",
                    evidence);
        }
    };

    static final FactorRule QUALITY_RULE = new FactorRule() {
        @Override
        public String name() {
            return QUALITY;
        }

        @Override
        public Judgement judge(Baseline baseline, Impact impact) {
            Quality before = impact.qualityBefore();
            Quality after = impact.qualityAfter();
            if (before == null || after == null || before.share() == null || after.share() == null) {
                return new Judgement(
                        Finding.NOT_ENOUGH_EVIDENCE,
                        "No places with an Ofsted rating to compare: the panel should ask for the inspection"
                                + " evidence of the services involved.",
                        before == null || after == null ? List.of() : lines(before, after));
            }
            String sentence = "Places rated good or outstanding go from " + Figures.percent(before.share()) + " ("
                    + before.placesGoodOrOutstanding() + " of " + before.placesRated() + ") to "
                    + Figures.percent(after.share()) + " (" + after.placesGoodOrOutstanding() + " of "
                    + after.placesRated() + ")";
            int newUnrated = after.placesNotRated() - before.placesNotRated();
            String unrated = newUnrated > 0
                    ? ", and " + newUnrated + " more " + (newUnrated == 1 ? "place has" : "places have")
                            + " no rating yet"
                            + " (a new service is not yet inspected)."
                    : ".";
            Finding finding;
            if (Figures.more(before.share() * 100, after.share() * 100)) {
                finding = Finding.WORSENS;
            } else if (newUnrated > 0) {
                finding = Finding.NOT_ENOUGH_EVIDENCE;
            } else if (Figures.more(after.share() * 100, before.share() * 100)) {
                finding = Finding.IMPROVES;
            } else {
                finding = Finding.NO_CHANGE;
            }
            return new Judgement(finding, sentence + unrated, lines(before, after));
        }
    };

    private static List<String> lines(Quality before, Quality after) {
        return List.of(
                "Places rated good or outstanding: " + before.placesGoodOrOutstanding() + " before, "
                        + after.placesGoodOrOutstanding() + " after",
                "Places with an Ofsted rating: " + before.placesRated() + " before, " + after.placesRated() + " after",
                "Places not yet rated: " + before.placesNotRated() + " before, " + after.placesNotRated() + " after");
    }
}
