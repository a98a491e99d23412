package org.provisionlens.core.comments.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.provisionlens.core.comments.themes.Clauses.Clause;

/**
 * Finds the themes of an anonymised comment and its stance on each.
 *
 * <p>The comment is split into clauses ({@link Clauses}). Each clause gets the themes its cue phrases and patterns
 * signal (where cues overlap, the longer wins: {@code travel training} is transport, not staff training) and a stance
 * score from the {@link StanceLexicon}. A clause that cues no theme but carries a stance lends it to the themes of the
 * nearest clause of its sentence ({@code The physio was lovely, but it stops in the holidays}). A clause that cues a
 * theme but carries no stance takes the lean of its sentence, else of the comment, else is read as a concern (a
 * consultation comment that names a service without praise is usually reporting a need). Before stances are judged,
 * the {@link ThemeModel} adds each theme it finds that no cue found (to the clause whose words weigh most for it, which
 * becomes its evidence) and drops each cued theme it overrules. (Taking the opposite of a
 * contrasted clause was tried and lowered stance accuracy on the development set.) A theme whose clauses lean both ways is {@link Stance#MIXED}.
 *
 * <p>Thread-safe: a themer holds only its immutable taxonomy and lexicon.
 */
public final class Themer {

    private final ThemeTaxonomy taxonomy;
    private final StanceLexicon lexicon;
    private final ThemeModel model;
    private final List<Modelled> modelled;

    /** A theme of the taxonomy that the model also finds, with its number in the model. */
    private record Modelled(Theme theme, int index, ThemeModel.Weights weights) {}

    /** A themer with these cues and stance words, helped by the shipped {@link ThemeModel} on the themes it knows. */
    public Themer(ThemeTaxonomy taxonomy, StanceLexicon lexicon) {
        this(taxonomy, lexicon, ThemeModel.standard());
    }

    Themer(ThemeTaxonomy taxonomy, StanceLexicon lexicon, ThemeModel model) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.model = Objects.requireNonNull(model, "model");
        List<Modelled> known = new ArrayList<>();
        for (int k = 0; k < model.themes().size(); k++) {
            ThemeModel.Weights w = model.themes().get(k);
            int index = k;
            taxonomy.theme(w.code()).ifPresent(t -> known.add(new Modelled(t, index, w)));
        }
        this.modelled = List.copyOf(known);
    }

    /** The shipped taxonomy and lexicon. */
    public static Themer standard() {
        return new Themer(ThemeTaxonomy.standard(), StanceLexicon.standard());
    }

    public ThemeTaxonomy taxonomy() {
        return taxonomy;
    }

    /** The themes of one anonymised comment, in the order the comment first raises them. */
    public List<ThemeFinding> theme(String anonymisedText) {
        Objects.requireNonNull(anonymisedText, "anonymisedText");
        List<Clause> clauses = Clauses.split(anonymisedText);
        int n = clauses.size();
        List<Map<Theme, Integer>> offsets = new ArrayList<>(n);
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            offsets.add(cues(clauses.get(i).tokens()));
            scores[i] = lexicon.score(clauses.get(i).tokens());
        }
        taxonomy.patternHits(anonymisedText, (theme, offset) -> {
            int i = clauseAt(clauses, offset);
            if (i >= 0) {
                offsets.get(i).merge(theme, offset, Math::min);
            }
        });
        List<Set<Theme>> cued = new ArrayList<>(n);
        for (Map<Theme, Integer> byTheme : offsets) {
            cued.add(inOrder(byTheme));
        }
        modelThemes(clauses, cued);
        Map<Theme, Evidence> byTheme = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Set<Theme> themes = cued.get(i).isEmpty() && scores[i] != 0 ? borrowed(clauses, cued, i) : cued.get(i);
            if (themes.isEmpty()) {
                continue;
            }
            double sign = scores[i] != 0 ? Math.signum(scores[i]) : inferredSign(clauses, scores, i);
            for (Theme theme : themes) {
                byTheme.computeIfAbsent(theme, t -> new Evidence()).add(i, scores[i], sign);
            }
        }
        List<ThemeFinding> findings = new ArrayList<>(byTheme.size());
        byTheme.forEach((theme, e) -> findings.add(e.finding(theme, clauses, anonymisedText)));
        return findings;
    }

    /** The themes a clause's phrases cue, each with the offset of its first cue. */
    private Map<Theme, Integer> cues(List<Token> tokens) {
        List<PhraseIndex.Match<Theme>> matches = taxonomy.index().findAll(tokens);
        Map<Theme, Integer> themes = new HashMap<>();
        for (PhraseIndex.Match<Theme> m : matches) {
            if (!insideLonger(m, matches)) {
                themes.merge(m.value(), tokens.get(m.from()).start(), Math::min);
            }
        }
        return themes;
    }

    /**
     * Adds each theme the model finds in the comment and no cue found, to the clause whose words weigh most for it
     * (the first such clause on a tie); drops each theme a cue found that the model overrules.
     */
    private void modelThemes(List<Clause> clauses, List<Set<Theme>> cued) {
        if (clauses.isEmpty() || modelled.isEmpty()) {
            return;
        }
        List<Set<String>> features = clauses.stream().map(ThemeModel::features).toList();
        Set<String> all = new HashSet<>();
        features.forEach(all::addAll);
        Set<Theme> byCues = new HashSet<>();
        cued.forEach(byCues::addAll);
        byCues.forEach(theme -> all.add(ThemeModel.cued(theme.code())));
        double[] sums = model.sums(all);
        for (Modelled m : modelled) {
            double p = model.probability(m.index(), sums[m.index()]);
            if (byCues.contains(m.theme())) {
                if (p < m.weights().cuedThreshold()) {
                    cued.forEach(themes -> themes.remove(m.theme()));
                }
            } else if (p >= m.weights().threshold()) {
                int best = 0;
                double most = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < clauses.size(); i++) {
                    double w = model.sums(features.get(i))[m.index()];
                    if (w > most) {
                        most = w;
                        best = i;
                    }
                }
                cued.get(best).add(m.theme());
            }
        }
    }

    private static Set<Theme> inOrder(Map<Theme, Integer> offsets) {
        if (offsets.size() < 2) {
            return new LinkedHashSet<>(offsets.keySet());
        }
        Set<Theme> ordered = new LinkedHashSet<>();
        offsets.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> ordered.add(e.getKey()));
        return ordered;
    }

    private static boolean insideLonger(PhraseIndex.Match<Theme> m, List<PhraseIndex.Match<Theme>> all) {
        for (PhraseIndex.Match<Theme> other : all) {
            if (other.length() > m.length()
                    && other.from() <= m.from()
                    && other.to() >= m.to()
                    && !other.value().equals(m.value())) {
                return true;
            }
        }
        return false;
    }

    private static int clauseAt(List<Clause> clauses, int offset) {
        for (int i = clauses.size() - 1; i >= 0; i--) {
            if (clauses.get(i).start() <= offset) {
                return i;
            }
        }
        return clauses.isEmpty() ? -1 : 0;
    }

    /** The themes of the nearest clause of the same sentence that cues any: earlier first, then later. */
    private static Set<Theme> borrowed(List<Clause> clauses, List<Set<Theme>> cued, int i) {
        int sentence = clauses.get(i).sentence();
        for (int j = i - 1; j >= 0 && clauses.get(j).sentence() == sentence; j--) {
            if (!cued.get(j).isEmpty()) {
                return cued.get(j);
            }
        }
        for (int j = i + 1; j < clauses.size() && clauses.get(j).sentence() == sentence; j++) {
            if (!cued.get(j).isEmpty()) {
                return cued.get(j);
            }
        }
        return Set.of();
    }

    private static double inferredSign(List<Clause> clauses, double[] scores, int i) {
        Clause clause = clauses.get(i);
        double sentence = 0;
        double comment = 0;
        for (int j = 0; j < clauses.size(); j++) {
            comment += scores[j];
            if (clauses.get(j).sentence() == clause.sentence()) {
                sentence += scores[j];
            }
        }
        if (sentence != 0) {
            return Math.signum(sentence);
        }
        return comment > 0 ? 1 : -1;
    }

    /** The clauses that carry one theme. */
    private static final class Evidence {
        private double score;
        private int strongestPositive = -1;
        private int strongestNegative = -1;
        private double best = 0;
        private double worst = 0;

        void add(int clause, double clauseScore, double sign) {
            score += clauseScore;
            if (sign > 0 && (strongestPositive < 0 || clauseScore > best)) {
                strongestPositive = clause;
                best = clauseScore;
            } else if (sign < 0 && (strongestNegative < 0 || clauseScore < worst)) {
                strongestNegative = clause;
                worst = clauseScore;
            }
        }

        ThemeFinding finding(Theme theme, List<Clause> clauses, String text) {
            Stance stance = Stance.of(strongestPositive >= 0, strongestNegative >= 0);
            String evidence;
            if (stance == Stance.MIXED) {
                int first = Math.min(strongestPositive, strongestNegative);
                int second = Math.max(strongestPositive, strongestNegative);
                evidence = clauses.get(first).evidence(text) + " … "
                        + clauses.get(second).evidence(text);
            } else {
                int clause = stance == Stance.POSITIVE ? strongestPositive : strongestNegative;
                evidence = clauses.get(clause).evidence(text);
            }
            return new ThemeFinding(theme, stance, evidence, Math.round(score * 100) / 100.0);
        }
    }
}
