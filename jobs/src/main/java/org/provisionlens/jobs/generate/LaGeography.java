package org.provisionlens.jobs.generate;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** The LSOAs children of one LA are spread over, in proportion to their weights, and how they were found. */
final class LaGeography {

    private final String laCode;
    private final List<Area> areas;
    private final String source;
    private final double[] cumulative;

    LaGeography(String laCode, List<Area> areas, String source) {
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("no LSOAs for " + laCode);
        }
        this.laCode = laCode;
        this.areas = List.copyOf(areas);
        this.source = source;
        this.cumulative = new double[areas.size()];
        double sum = 0;
        for (int i = 0; i < areas.size(); i++) {
            sum += areas.get(i).weight();
            cumulative[i] = sum;
        }
    }

    String laCode() {
        return laCode;
    }

    List<Area> areas() {
        return areas;
    }

    /** How the LSOAs were found, for calibration.md. */
    String source() {
        return source;
    }

    /** An LSOA drawn in proportion to the weights. */
    Area pick(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, target);
        int at = index >= 0 ? index + 1 : -index - 1;
        return areas.get(Math.min(at, areas.size() - 1));
    }
}
