package org.provisionlens.jobs.generate;

/**
 * Which rows of one LA's part of a file are replaced by defects, and by which. Row {@code i} (from 0) is broken when
 * {@code floor((i + 1) * share + phase) > floor(i * share + phase)}: the broken rows are evenly spaced, {@code n} rows
 * hold {@code floor(n * share + phase)} of them, and the phase (from the LA's place in the national list, by the golden
 * ratio) spreads the remainders so that small files, like one LA's services, are broken at the right rate over all LAs.
 * The kinds are taken in turn, starting at the LA's place, so that every kind appears across LAs.
 */
final class BrokenSchedule {

    private static final double GOLDEN = 0.6180339887498949;

    private final double share;
    private final double phase;
    private final int kinds;
    private int next;

    BrokenSchedule(double share, int kinds, int offset) {
        if (share < 0 || share > 0.5) {
            throw new IllegalArgumentException("the broken share must be between 0 and 0.5; it was " + share);
        }
        this.share = share;
        this.phase = share == 0 ? 0 : phase(offset);
        this.kinds = kinds;
        this.next = Math.floorMod(offset, kinds);
    }

    /** The kind of defect for row {@code index}, or -1 when the row stays good. */
    int kindFor(long index) {
        if (Math.floor((index + 1) * share + phase) <= Math.floor(index * share + phase)) {
            return -1;
        }
        int kind = next;
        next = (next + 1) % kinds;
        return kind;
    }

    static double phase(int offset) {
        double x = offset * GOLDEN;
        return x - Math.floor(x);
    }
}
