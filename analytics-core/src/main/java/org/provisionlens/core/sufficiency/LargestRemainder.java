package org.provisionlens.core.sufficiency;

/** Splits a whole number in given proportions into whole parts that add up to it. */
public final class LargestRemainder {

    private LargestRemainder() {}

    /**
     * The parts of {@code total} in proportion to {@code fractions} (which should add up to 1): each part rounded down,
     * then the ones left over given one each to the largest remainders (ties to the earlier part).
     */
    public static int[] split(int total, double[] fractions) {
        int[] parts = new int[fractions.length];
        if (parts.length == 0) {
            return parts;
        }
        double[] remainders = new double[parts.length];
        int given = 0;
        for (int i = 0; i < parts.length; i++) {
            double exact = total * fractions[i];
            parts[i] = (int) Math.floor(exact + 1e-9);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        for (int left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < parts.length; i++) {
                if (remainders[i] > remainders[best] + 1e-12) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }
}
