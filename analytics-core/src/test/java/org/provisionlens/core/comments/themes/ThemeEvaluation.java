package org.provisionlens.core.comments.themes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores a {@link Themer} against labelled comments. Themes are scored over (comment, theme) pairs: a pair the themer
 * finds and the label has is a true positive, one it finds that the label lacks a false positive, one the label has
 * that it misses a false negative. Stance is scored only on the true positives: the share whose stance matches.
 *
 * @param themes per theme, in taxonomy order, then any labelled code the taxonomy lacks
 * @param micro all themes pooled: micro precision, recall and F1
 * @param comments how many comments were scored
 */
public record ThemeEvaluation(List<Score> themes, Score micro, int comments) {

    /** Counts for one theme (or all pooled). */
    public record Score(String code, int truePositives, int falsePositives, int falseNegatives, int stanceCorrect) {

        public Score {
            if (truePositives < 0
                    || falsePositives < 0
                    || falseNegatives < 0
                    || stanceCorrect < 0
                    || stanceCorrect > truePositives) {
                throw new IllegalArgumentException("impossible counts for " + code);
            }
        }

        /** Found and right over all found; 0 when nothing was found. */
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        /** Found and right over all labelled; 0 when nothing was labelled. */
        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Stances right over themes correctly found; 0 when none was found. */
        public double stanceAccuracy() {
            return ratio(stanceCorrect, truePositives);
        }

        public int labelled() {
            return truePositives + falseNegatives;
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    public ThemeEvaluation {
        themes = List.copyOf(themes);
    }

    /** Runs the themer on every comment and scores it. */
    public static ThemeEvaluation evaluate(Themer themer, List<LabelledComment> labelled) {
        return evaluate(themer, labelled, code -> true);
    }

    /**
     * Runs the themer on every comment and scores only the themes {@code scored} accepts: the others are neither
     * labelled nor found (a set labelled with a few of the taxonomy's themes says nothing of the rest).
     */
    public static ThemeEvaluation evaluate(
            Themer themer, List<LabelledComment> labelled, java.util.function.Predicate<String> scored) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        themer.taxonomy().themes().stream()
                .filter(t -> scored.test(t.code()))
                .forEach(t -> counts.put(t.code(), new int[4]));
        for (LabelledComment comment : labelled) {
            Map<String, Stance> found = new LinkedHashMap<>();
            for (ThemeFinding f : themer.theme(comment.text())) {
                if (scored.test(f.theme().code())) {
                    found.put(f.theme().code(), f.stance());
                }
            }
            for (Map.Entry<String, Stance> e : found.entrySet()) {
                int[] c = counts.computeIfAbsent(e.getKey(), k -> new int[4]);
                Stance truth = comment.themes().get(e.getKey());
                if (truth == null) {
                    c[1]++;
                } else {
                    c[0]++;
                    c[3] += truth == e.getValue() ? 1 : 0;
                }
            }
            for (String code : comment.themes().keySet()) {
                if (scored.test(code) && !found.containsKey(code)) {
                    counts.computeIfAbsent(code, k -> new int[4])[2]++;
                }
            }
        }
        List<Score> scores = new ArrayList<>();
        int[] all = new int[4];
        counts.forEach((code, c) -> {
            scores.add(new Score(code, c[0], c[1], c[2], c[3]));
            for (int i = 0; i < 4; i++) {
                all[i] += c[i];
            }
        });
        return new ThemeEvaluation(scores, new Score("(micro)", all[0], all[1], all[2], all[3]), labelled.size());
    }

    public double microF1() {
        return micro.f1();
    }

    public double stanceAccuracy() {
        return micro.stanceAccuracy();
    }

    /** A plain-text table: one line per theme, then the pooled line. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%-27s %5s %4s %4s %4s %6s %6s %6s %7s%n",
                "theme",
                "label",
                "tp",
                "fp",
                "fn",
                "P",
                "R",
                "F1",
                "stance"));
        for (Score s : themes) {
            out.append(line(s));
        }
        out.append(line(micro));
        out.append(String.format(
                Locale.ROOT,
                "%d comments; micro-F1 %.3f; stance accuracy %.3f (%d of %d)%n",
                comments,
                microF1(),
                stanceAccuracy(),
                micro.stanceCorrect(),
                micro.truePositives()));
        return out.toString();
    }

    private static String line(Score s) {
        return String.format(
                Locale.ROOT,
                "%-27s %5d %4d %4d %4d %6.3f %6.3f %6.3f %7.3f%n",
                s.code(),
                s.labelled(),
                s.truePositives(),
                s.falsePositives(),
                s.falseNegatives(),
                s.precision(),
                s.recall(),
                s.f1(),
                s.stanceAccuracy());
    }
}
