package org.provisionlens.core.reorganisation.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Impact.CellChange;
import org.provisionlens.core.reorganisation.Impact.Move;
import org.provisionlens.core.reorganisation.Impact.Outcome;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Finding;
import org.provisionlens.core.sufficiency.VerdictCode;

/** The factors read from the sufficiency cells: supply of suitable places, and places by type of need. */
final class PlacesRules {

    static final String SUPPLY = "Supply of suitable places";
    static final String OTHERS = "The effect on other providers and on places by type of need";

    /** Changed cells listed in the evidence at most. */
    private static final int LISTED = 10;

    private PlacesRules() {}

    static final FactorRule SUPPLY_RULE = new FactorRule() {
        @Override
        public String name() {
            return SUPPLY;
        }

        @Override
        public Judgement judge(Baseline baseline, Impact impact) {
            List<CellChange> worse =
                    impact.cells().stream().filter(Outcomes::worse).toList();
            List<CellChange> better =
                    impact.cells().stream().filter(Outcomes::better).toList();
            List<CellChange> unjudged =
                    impact.cells().stream().filter(Outcomes::unjudged).toList();
            int outOfArea = Outcomes.children(impact, Outcome.OUT_OF_AREA);
            int unmet = Outcomes.children(impact, Outcome.UNMET);
            int unknown = Outcomes.children(impact, Outcome.NOT_ROUTABLE);
            int taking = Outcomes.children(impact, Outcome.TAKES_NEW_PLACE);
            int returning = Outcomes.children(impact, Outcome.RETURNS_TO_LOCAL);
            String when = " (" + impact.scenario().label() + ", " + impact.horizonYear() + ")";
            List<String> evidence = new ArrayList<>();
            evidence.add("Cells whose verdict gets worse" + when + ": " + worse.size());
            evidence.add("Cells whose verdict gets better" + when + ": " + better.size());
            evidence.add("Cells that change to or from no data" + when + ": " + unjudged.size());
            evidence.add("Children placed out of area or in independent provision" + when + ": " + outOfArea);
            evidence.add("Children left without provision or waiting" + when + ": " + unmet);
            evidence.add("Children who must leave and have no known home area" + when + ": " + unknown);
            evidence.add("Children waiting for a place who take up one the proposal adds" + when + ": " + taking);
            evidence.add("Children who come back from out-of-area or independent placements to places the proposal"
                    + " adds" + when + ": " + returning);
            List<CellChange> changed = impact.cells().stream()
                    .filter(CellChange::verdictChanged)
                    .sorted(mostTelling(baseline))
                    .toList();
            changed.stream().limit(LISTED).forEach(cell -> evidence.add(Outcomes.cellLine(cell)));
            if (changed.size() > LISTED) {
                evidence.add("And " + Figures.count(changed.size() - LISTED, "more cell") + " whose verdict changes");
            }
            if (!worse.isEmpty() || outOfArea + unmet > 0) {
                List<String> parts = new ArrayList<>();
                if (!worse.isEmpty()) {
                    parts.add(Figures.count(worse.size(), "cell") + (worse.size() == 1 ? " gets" : " get") + " worse"
                            + first(worse, baseline));
                }
                if (outOfArea > 0) {
                    parts.add(Figures.children(outOfArea) + " must be placed out of area or in independent provision");
                }
                if (unmet > 0) {
                    parts.add(Figures.children(unmet) + " would be left without provision or waiting");
                }
                return new Judgement(
                        Finding.WORSENS, String.join(", and ", parts) + " by " + impact.horizonYear() + ".", evidence);
            }
            if (unknown > 0) {
                return new Judgement(
                        Finding.NOT_ENOUGH_EVIDENCE,
                        "No cell gets worse, but " + Figures.children(unknown) + " must leave and have no known home"
                                + " area, so whether a place within reach fits them is not known.",
                        evidence);
            }
            if (!better.isEmpty() || taking + returning > 0) {
                List<String> parts = new ArrayList<>();
                if (!better.isEmpty()) {
                    parts.add(Figures.count(better.size(), "cell") + (better.size() == 1 ? " gets" : " get") + " better"
                            + first(better, baseline));
                }
                if (taking > 0) {
                    parts.add(Figures.children(taking) + " waiting for a place " + (taking == 1 ? "gets" : "get")
                            + " one of the places the proposal adds");
                }
                if (returning > 0) {
                    parts.add(Figures.children(returning) + " in out-of-area or independent placements "
                            + (returning == 1 ? "comes" : "come") + " back to a local place");
                }
                return new Judgement(
                        Finding.IMPROVES,
                        String.join(", ", parts) + "; no cell gets worse and every affected child has a local place by "
                                + impact.horizonYear() + ".",
                        evidence);
            }
            if (!unjudged.isEmpty()) {
                return new Judgement(
                        Finding.NOT_ENOUGH_EVIDENCE,
                        "No verdict can be compared: " + Figures.count(unjudged.size(), "cell")
                                + (unjudged.size() == 1 ? " changes" : " change") + " to or from no data"
                                + first(unjudged, baseline) + ".",
                        evidence);
            }
            return new Judgement(
                    Finding.NO_CHANGE,
                    "No cell's verdict changes and every affected child has a local place by " + impact.horizonYear()
                            + ".",
                    evidence);
        }
    };

    static final FactorRule OTHERS_RULE = new FactorRule() {
        @Override
        public String name() {
            return OTHERS;
        }

        @Override
        public Judgement judge(Baseline baseline, Impact impact) {
            Map<String, Long> worseByNeed =
                    byNeed(impact.cells().stream().filter(Outcomes::worse).toList());
            Map<String, Long> betterByNeed =
                    byNeed(impact.cells().stream().filter(Outcomes::better).toList());
            Map<String, Integer> receiving = new TreeMap<>();
            for (Move move : impact.moves()) {
                if (move.outcome() == Outcome.MOVES && move.toServiceId() != null) {
                    String name = move.toServiceName() == null ? move.toServiceId() : move.toServiceName();
                    receiving.merge(name, move.children(), Integer::sum);
                }
            }
            int arriving =
                    receiving.values().stream().mapToInt(Integer::intValue).sum();
            List<String> evidence = new ArrayList<>();
            receiving.forEach((name, children) -> evidence.add(
                    "Children joining " + name + " (" + impact.scenario().label() + "): " + children));
            worseByNeed.forEach((need, cells) -> evidence.add("Cells getting worse for " + need + ": " + cells));
            betterByNeed.forEach((need, cells) -> evidence.add("Cells getting better for " + need + ": " + cells));
            String others = arriving == 0
                    ? "no child moves to another provider"
                    : Figures.children(arriving)
                            + (arriving == 1 ? " joins " : " join ")
                            + Figures.count(receiving.size(), "other provider");
            if (!worseByNeed.isEmpty()) {
                return new Judgement(
                        Finding.WORSENS, "Places get worse for " + needs(worseByNeed) + "; " + others + ".", evidence);
            }
            if (!betterByNeed.isEmpty()) {
                return new Judgement(
                        Finding.IMPROVES,
                        "Places get better for " + needs(betterByNeed) + " and worse for no need; " + others + ".",
                        evidence);
            }
            return new Judgement(Finding.NO_CHANGE, "No need type's verdict changes; " + others + ".", evidence);
        }
    };

    /** The example cell: the first in {@link #mostTelling} order. */
    private static String first(List<CellChange> cells, Baseline baseline) {
        return cells.stream()
                .min(mostTelling(baseline))
                .map(c -> " (for example " + Outcomes.cellLine(c) + ")")
                .orElse("");
    }

    /**
     * The most specific cells (a need and an age band) first, at LA level before those of a locality, the largest
     * change in severity first; then the youngest age band, then by label (whatever order the cells come in).
     */
    private static Comparator<CellChange> mostTelling(Baseline baseline) {
        String la = baseline.area().laCode();
        return Comparator.comparing(
                        (CellChange c) -> c.key().need() == null || c.key().ageBand() == null)
                .thenComparing(c -> !c.key().areaCode().equals(la))
                .thenComparing(c -> -Math.abs(severity(c.after()) - severity(c.before())))
                .thenComparing(
                        c -> c.key().ageBand() == null ? 99 : c.key().ageBand().ordinal())
                .thenComparing(c -> c.key().label());
    }

    private static int severity(VerdictCode verdict) {
        return verdict == null ? -1 : verdict.severity();
    }

    /** Cells by need code, in need order; cells of all needs together are left out (they repeat their needs). */
    private static Map<String, Long> byNeed(List<CellChange> cells) {
        return cells.stream()
                .filter(cell -> cell.key().need() != null)
                .collect(Collectors.groupingBy(cell -> cell.key().need().name(), TreeMap::new, Collectors.counting()));
    }

    /** "ASD (2 cells), SEMH (1 cell)". */
    private static String needs(Map<String, Long> cellsByNeed) {
        return cellsByNeed.entrySet().stream()
                .map(e -> e.getKey() + " (" + Figures.count(e.getValue().intValue(), "cell") + ")")
                .collect(Collectors.joining(", "));
    }
}
