package org.provisionlens.core.comments.themes;

/**
 * Chooses each theme's pair of thresholds (found where no cue found it; overruled where a cue found it) so that the
 * four themes together reach the best micro-F1, the measure the themer is judged by: a theme's threshold is not the
 * one best for that theme alone (for micro-F1 a small, hard theme should claim fewer comments). Coordinate ascent: each
 * theme in turn takes the pair best with the others held, twice round; a pair that overrules more cues, or finds more,
 * must beat the best by {@link ThemeModelTraining#TIE}.
 *
 * @param p per theme, each comment's out-of-fold probability
 * @param y per theme, whether each comment is labelled with it
 * @param cued per theme, whether the cues found it in each comment
 */
record ThresholdSearch(double[][] p, boolean[][] y, boolean[][] cued) {

    static final int ROUNDS = 2;
    /** Thresholds are tried in steps of 1 / {@value}: found from 0.05 to 0.95, overruled from 0 to 0.5. */
    static final int STEPS = 20;

    /** Per theme, {threshold, cued threshold}. */
    double[][] best() {
        int themes = p.length;
        double[][] pairs = new double[themes][];
        int[][] counts = new int[themes][];
        for (int k = 0; k < themes; k++) {
            pairs[k] = new double[] {0.5, 0};
            counts[k] = counts(k, pairs[k]);
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < themes; k++) {
                int[] others = new int[3];
                for (int j = 0; j < themes; j++) {
                    if (j != k) {
                        for (int c = 0; c < 3; c++) {
                            others[c] += counts[j][c];
                        }
                    }
                }
                double bestF1 = -1;
                for (int overrule = 0; overrule <= STEPS / 2; overrule++) {
                    for (int step = STEPS - 1; step >= 1; step--) {
                        double[] pair = {step / (double) STEPS, overrule / (double) STEPS};
                        int[] c = counts(k, pair);
                        double f1 = 2.0
                                * (c[0] + others[0])
                                / (2.0 * (c[0] + others[0]) + c[1] + others[1] + c[2] + others[2]);
                        if (f1 > bestF1 + ThemeModelTraining.TIE) {
                            bestF1 = f1;
                            pairs[k] = pair;
                            counts[k] = c;
                        }
                    }
                }
            }
        }
        return pairs;
    }

    /** True positives, false positives, false negatives of theme {@code k} at a pair of thresholds. */
    private int[] counts(int k, double[] pair) {
        int[] c = new int[3];
        for (int i = 0; i < p[k].length; i++) {
            boolean found = cued[k][i] ? p[k][i] >= pair[1] : p[k][i] >= pair[0];
            c[0] += found && y[k][i] ? 1 : 0;
            c[1] += found && !y[k][i] ? 1 : 0;
            c[2] += !found && y[k][i] ? 1 : 0;
        }
        return c;
    }
}
