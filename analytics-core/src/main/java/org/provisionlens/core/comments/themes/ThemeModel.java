package org.provisionlens.core.comments.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provisionlens.core.comments.themes.Clauses.Clause;

/**
 * A logistic regression per theme over the words and word pairs of a comment and whether a cue found the theme,
 * trained on real patient feedback (comments/theme-model.txt; how it was trained and on what is in its header). It
 * finds a theme the cue phrases miss ({@code arrived within minutes} is waiting times), naming the clause whose words
 * weigh most for it as the evidence, and drops one a cue found where the rest of the comment says otherwise.
 *
 * <p>The format: {@code theme <code> <bias> <threshold> <cued threshold>} starts a theme, then one {@code <feature>
 * <weight>} a line, where a feature is a word as {@link Words} normalises it, two neighbouring words of one clause
 * joined by a space, or {@code @<code>} (the cue phrases found that theme, this one or another); {@code #} starts a comment line. The model's
 * probability is {@code 1 / (1 + e^-(bias + sum of the weights of the features the comment holds))}, each feature
 * counted once however often it occurs. Where no cue found the theme, the model finds it when the probability reaches
 * the threshold; where a cue found it, the model drops it when the probability is below the cued threshold (the cue
 * was a word that, in this company, is about something else: {@code Friendly driver} is about manner, not transport).
 */
final class ThemeModel {

    /** The feature a comment holds when the cue phrases found the theme {@code code} in it. */
    static String cued(String code) {
        return "@" + code;
    }

    /**
     * One theme's weights.
     *
     * @param threshold the probability at which the model finds the theme where no cue did
     * @param cuedThreshold the probability below which the model overrules the cues that found the theme (0: never)
     */
    record Weights(String code, double bias, double threshold, double cuedThreshold, Map<String, Double> features) {
        Weights {
            if (!(threshold > 0 && threshold < 1) || !(cuedThreshold >= 0 && cuedThreshold < 1)) {
                throw new IllegalArgumentException(
                        "theme " + code + ": thresholds must lie in (0, 1): " + threshold + ", " + cuedThreshold);
            }
            features = Map.copyOf(features);
        }

        double probability(Set<String> present) {
            double z = bias;
            for (String f : present) {
                z += features.getOrDefault(f, 0.0);
            }
            return 1 / (1 + StrictMath.exp(-z));
        }
    }

    /** A model with no theme: finds nothing. */
    static final ThemeModel NONE = new ThemeModel(List.of());

    private final List<Weights> themes;
    /** Each feature's weight in every theme, in the order of {@link #themes}: one look-up a feature, not one a theme. */
    private final Map<String, double[]> table = new HashMap<>();

    ThemeModel(List<Weights> themes) {
        this.themes = List.copyOf(themes);
        for (int k = 0; k < this.themes.size(); k++) {
            int theme = k;
            this.themes
                    .get(k)
                    .features()
                    .forEach((feature, weight) ->
                            table.computeIfAbsent(feature, f -> new double[this.themes.size()])[theme] = weight);
        }
    }

    /** The summed weights, theme by theme, of the features present (each counted once). */
    double[] sums(Set<String> present) {
        double[] z = new double[themes.size()];
        for (String f : present) {
            double[] w = table.get(f);
            if (w != null) {
                for (int k = 0; k < z.length; k++) {
                    z[k] += w[k];
                }
            }
        }
        return z;
    }

    /** {@code 1 / (1 + e^-(bias + sum))} for theme number {@code k}. */
    double probability(int k, double sum) {
        return 1 / (1 + StrictMath.exp(-(themes.get(k).bias() + sum)));
    }

    List<Weights> themes() {
        return themes;
    }

    /** The model that ships with the platform. */
    static ThemeModel standard() {
        return ShippedFile.read("theme-model.txt", ThemeModel::load);
    }

    static ThemeModel load(Reader reader) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        List<Weights> themes = new ArrayList<>();
        String code = null;
        double bias = 0;
        double threshold = 0.5;
        double cuedThreshold = 0;
        Map<String, Double> features = new LinkedHashMap<>();
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String[] parts = s.split("\\s+");
            try {
                if (parts[0].equals("theme") && parts.length == 5) {
                    if (code != null) {
                        themes.add(new Weights(code, bias, threshold, cuedThreshold, features));
                    }
                    code = parts[1];
                    bias = Double.parseDouble(parts[2]);
                    threshold = Double.parseDouble(parts[3]);
                    cuedThreshold = Double.parseDouble(parts[4]);
                    features = new LinkedHashMap<>();
                } else if (code != null && (parts.length == 2 || parts.length == 3)) {
                    String feature = parts.length == 2 ? parts[0] : parts[0] + " " + parts[1];
                    features.put(feature, Double.parseDouble(parts[parts.length - 1]));
                } else {
                    throw new IllegalArgumentException("theme model line " + number + ": cannot read " + s);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("theme model line " + number + ": not a number in " + s, e);
            }
        }
        if (code != null) {
            themes.add(new Weights(code, bias, threshold, cuedThreshold, features));
        }
        return new ThemeModel(themes);
    }

    /** The features of one clause: its words, and each pair of neighbouring words. */
    static Set<String> features(Clause clause) {
        List<Token> tokens = clause.tokens();
        Set<String> out = new LinkedHashSet<>();
        String previous = null;
        for (Token token : tokens) {
            String word = root(token.word());
            out.add(word);
            if (previous != null) {
                out.add(previous + " " + word);
            }
            previous = word;
        }
        return out;
    }

    /** A word without an {@code -ing}, {@code -ed} or {@code -ly} ending, where a stem of three letters is left. */
    static String root(String word) {
        int n = word.length();
        if (n > 5 && word.endsWith("ing")) {
            return word.substring(0, n - 3);
        }
        if (n > 4 && (word.endsWith("ed") || word.endsWith("ly"))) {
            return word.substring(0, n - 2);
        }
        return word;
    }

    /** The features of a whole comment: those of all its clauses. */
    static Set<String> features(List<Clause> clauses) {
        Set<String> out = new LinkedHashSet<>();
        clauses.forEach(c -> out.addAll(features(c)));
        return out;
    }
}
