package org.provisionlens.core.reorganisation.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.ServiceComment;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Finding;

/**
 * The views of parents and young people: what the published (anonymised) comments about the affected services say.
 * Comments are about the services as they are, not about the proposal, so they never make a finding on their own.
 */
final class ViewsRule implements FactorRule {

    static final String NAME = "The views of parents and young people";

    /** Themes named in the reason at most. */
    private static final int NAMED = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Judgement judge(Baseline baseline, Impact impact) {
        List<ServiceComment> voices = impact.voices();
        Map<String, Integer> themes = themes(voices);
        List<String> evidence = new ArrayList<>();
        evidence.add("Published comments about the affected services: " + voices.size());
        themes.forEach((theme, count) -> evidence.add("Comments on " + theme + ": " + count));
        voices.stream()
                .collect(Collectors.groupingBy(
                        c -> c.respondentType() == null ? "not recorded" : c.respondentType(),
                        TreeMap::new,
                        Collectors.counting()))
                .forEach((type, count) -> evidence.add("Comments from " + type + ": " + count));
        if (impact.proposal().changes().isEmpty()) {
            return new Judgement(
                    Finding.NO_CHANGE,
                    "The proposal changes no service, so there is no change to hear about.",
                    evidence);
        }
        if (voices.isEmpty()) {
            return new Judgement(
                    Finding.NOT_ENOUGH_EVIDENCE,
                    "There are no published comments about the affected services: the panel should ask for the"
                            + " responses to the consultation on this proposal.",
                    evidence);
        }
        String named = themes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(NAMED)
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        return new Judgement(
                Finding.NOT_ENOUGH_EVIDENCE,
                (voices.size() == 1
                                ? "There is 1 published comment"
                                : "There are " + voices.size() + " published comments")
                        + " about the affected services" + (named.isEmpty() ? "" : ", most often on " + named)
                        + "; they speak of the services as they are, not of the proposal: the panel should weigh"
                        + " them with the responses to the consultation.",
                evidence);
    }

    /** How many comments raise each theme, in theme order. */
    static Map<String, Integer> themes(List<ServiceComment> voices) {
        Map<String, Integer> themes = new TreeMap<>();
        for (ServiceComment comment : voices) {
            for (String theme : new java.util.TreeSet<>(comment.themes())) {
                themes.merge(theme, 1, Integer::sum);
            }
        }
        return themes;
    }
}
