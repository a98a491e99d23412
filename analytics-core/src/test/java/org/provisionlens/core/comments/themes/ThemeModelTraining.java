package org.provisionlens.core.comments.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains the shipped {@link ThemeModel} (comments/theme-model.txt) on the {@link #shippedSet() tuning sets}: for each of
 * the four themes the NHS feedback is labelled with, an L2-regularised logistic regression over the features {@link
 * ThemeModel#features} gives plus one per theme the cue phrases found ({@code @waiting_times}), fitted by full-batch
 * AdaGrad from zero for a fixed number of steps, so the same comments always give the same weights (Java's arithmetic
 * is exact to the bit, {@code StrictMath.exp} too). Each theme's two thresholds (found where no cue found it: 0.05 to
 * 0.95; overruled where a cue found it: 0 to 0.5; steps of 0.05) are chosen by {@link ThresholdSearch} for the best
 * micro-F1 of the four themes on the tuning sets, the model judging each comment from a fit on the other four of five
 * folds (comment number modulo 5).
 */
final class ThemeModelTraining {

    static final List<String> THEMES = List.of("waiting_times", "transport", "communication", "staff_training");
    static final int MIN_COMMENTS = 2;
    static final double L2 = 1e-3;
    static final int STEPS = 400;
    static final double RATE = 0.5;
    static final int FOLDS = 5;
    /** A pair of thresholds that overrules more cues, or finds more, must beat the best so far by this much. */
    static final double TIE = 0.005;

    private ThemeModelTraining() {}

    /**
     * What the shipped model is trained on: the tuning part of the NHS feedback ({@link NhsFeedback}), then the
     * development two thirds of the SEND set (comments/themes-eval.tsv, ids not divisible by 3), so that the model
     * also knows how consultation comments about SEND are written. Neither the NHS untuned part, nor the SEND held-out
     * third, nor the fresh SEND set is in it.
     */
    static List<LabelledComment> shippedSet() {
        List<LabelledComment> set = new ArrayList<>(NhsFeedback.tuning());
        ThemerEvaluationTests.sendSet("/comments/themes-eval.tsv").stream()
                .filter(c -> !c.heldOut())
                .forEach(set::add);
        return set;
    }

    /** The shipped model file, as {@link #train} writes it from {@link #shippedSet()} and the shipped cues. */
    static String shipped() {
        Themer rules = new Themer(ThemeTaxonomy.standard(), StanceLexicon.standard(), ThemeModel.NONE);
        return train(
                shippedSet(),
                rules,
                "the tuning part of real NHS patient feedback (pxtextmining v6 framework, The Strategy Unit / NHS"
                        + " England, MIT)\n# and the development two thirds of the SEND set");
    }

    /**
     * The model file trained on {@code set}, with the cues of {@code rules} (a themer without a model) as features;
     * {@code source} says in the file's header what the set is.
     */
    static String train(List<LabelledComment> set, Themer rules, String source) {
        List<Set<String>> docs = set.stream()
                .map(c -> {
                    Set<String> features = ThemeModel.features(Clauses.split(c.text()));
                    rules.theme(c.text())
                            .forEach(f -> features.add(ThemeModel.cued(f.theme().code())));
                    return features;
                })
                .toList();
        Map<String, Integer> counts = new TreeMap<>();
        docs.forEach(d -> d.forEach(f -> counts.merge(f, 1, Integer::sum)));
        List<String> vocabulary = counts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_COMMENTS)
                .map(Map.Entry::getKey)
                .toList();
        Map<String, Integer> index = new TreeMap<>();
        vocabulary.forEach(f -> index.put(f, index.size()));
        int[][] x = docs.stream()
                .map(d -> d.stream()
                        .filter(index::containsKey)
                        .mapToInt(index::get)
                        .sorted()
                        .toArray())
                .toArray(int[][]::new);
        StringBuilder out = new StringBuilder();
        out.append("# Provision Lens: the theme model (written by ThemeModelTraining; do not edit by hand).\n")
                .append("# Trained on ")
                .append(source)
                .append(": ")
                .append(set.size())
                .append(" comments, ")
                .append(vocabulary.size())
                .append(" features seen in at least ")
                .append(MIN_COMMENTS)
                .append(" of them.\n# Logistic regression per theme, L2 ")
                .append(L2)
                .append(", ")
                .append(STEPS)
                .append(" AdaGrad steps. theme <code> <bias> <threshold> <cued threshold>, then <feature> <weight>.\n");
        int k = THEMES.size();
        boolean[][] y = new boolean[k][x.length];
        boolean[][] cued = new boolean[k][x.length];
        double[][] outOfFold = new double[k][];
        for (int t = 0; t < k; t++) {
            for (int i = 0; i < x.length; i++) {
                y[t][i] = set.get(i).themes().containsKey(THEMES.get(t));
                cued[t][i] = docs.get(i).contains(ThemeModel.cued(THEMES.get(t)));
            }
            outOfFold[t] = outOfFold(x, y[t], vocabulary.size());
        }
        double[][] thresholds = new ThresholdSearch(outOfFold, y, cued).best();
        for (int t = 0; t < k; t++) {
            double[] w = fit(x, y[t], vocabulary.size(), i -> true);
            out.append(String.format(
                    Locale.ROOT,
                    "theme %s %.4f %.2f %.2f%n",
                    THEMES.get(t),
                    w[vocabulary.size()],
                    thresholds[t][0],
                    thresholds[t][1]));
            for (int j = 0; j < vocabulary.size(); j++) {
                if (Math.abs(w[j]) >= 0.005) {
                    out.append(String.format(Locale.ROOT, "%s %.4f%n", vocabulary.get(j), w[j]));
                }
            }
        }
        return out.toString();
    }

    /** Each comment's probability from a fit on the other four of five folds (comment number modulo 5). */
    private static double[] outOfFold(int[][] x, boolean[] y, int features) {
        double[] p = new double[x.length];
        for (int fold = 0; fold < FOLDS; fold++) {
            int held = fold;
            double[] w = fit(x, y, features, i -> i % FOLDS != held);
            for (int i = held; i < x.length; i += FOLDS) {
                p[i] = probability(w, x[i]);
            }
        }
        return p;
    }

    /** Weights (the last is the bias) fitted on the comments {@code use} keeps. */
    private static double[] fit(int[][] x, boolean[] y, int features, java.util.function.IntPredicate use) {
        double[] w = new double[features + 1];
        double[] squares = new double[features + 1];
        double[] grad = new double[features + 1];
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (use.test(i)) {
                rows.add(i);
            }
        }
        double n = rows.size();
        for (int step = 0; step < STEPS; step++) {
            java.util.Arrays.fill(grad, 0);
            for (int i : rows) {
                double g = (probability(w, x[i]) - (y[i] ? 1 : 0)) / n;
                for (int j : x[i]) {
                    grad[j] += g;
                }
                grad[features] += g;
            }
            for (int j = 0; j <= features; j++) {
                double gj = j < features ? grad[j] + L2 * w[j] : grad[j];
                squares[j] += gj * gj;
                if (squares[j] > 0) {
                    w[j] -= RATE * gj / Math.sqrt(squares[j]);
                }
            }
        }
        return w;
    }

    private static double probability(double[] w, int[] row) {
        double z = w[w.length - 1];
        for (int j : row) {
            z += w[j];
        }
        return 1 / (1 + StrictMath.exp(-z));
    }
}
