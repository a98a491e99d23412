package org.provisionlens.core.forecast;

import java.util.Collection;

/**
 * The growth of a group of LAs (England, or a region): the mean of the last {@link #YEARS} year-on-year log changes of
 * their summed series, each change summed over the LAs that have both years (so that an LA appearing or disappearing is
 * not growth), as a factor per year. Only years up to the origin are used.
 */
final class PooledGrowth {

    /** Year-on-year changes averaged. */
    static final int YEARS = 3;

    private PooledGrowth() {}

    /** Growth factor per year of {@code las} at {@code origin}; 1 when no change can be measured. */
    static double of(LaPanel panel, Collection<String> las, int origin) {
        double sum = 0;
        int changes = 0;
        for (int year = origin - YEARS + 1; year <= origin; year++) {
            double now = 0;
            double before = 0;
            for (String la : las) {
                Double a = panel.value(la, year);
                Double b = panel.value(la, year - 1);
                if (a != null && b != null && year <= origin) {
                    now += a;
                    before += b;
                }
            }
            if (now > 0 && before > 0) {
                sum += Math.log(now / before);
                changes++;
            }
        }
        return changes == 0 ? 1 : Math.exp(sum / changes);
    }
}
