package org.provisionlens.jobs.generate;

/**
 * Which rows of one LA's part of a file are replaced by defects, and by which: {@code share} of the rows, evenly spaced
 * (row {@code i}, from 0, is broken when {@code floor((i + 1) * share) > floor(i * share)}, so {@code n} rows hold
 * exactly {@code floor(n * share)} broken ones), the kinds taken in turn from {@code offset}.
 */
final class BrokenSchedule {

    private final double share;
    private final int kinds;
    private int next;

    BrokenSchedule(double share, int kinds, int offset) {
        if (share < 0 || share > 0.5) {
            throw new IllegalArgumentException("the broken share must be between 0 and 0.5; it was " + share);
        }
        this.share = share;
        this.kinds = kinds;
        this.next = Math.floorMod(offset, kinds);
    }

    /** The kind of defect for row {@code index}, or -1 when the row stays good. */
    int kindFor(long index) {
        if (Math.floor((index + 1) * share) <= Math.floor(index * share)) {
            return -1;
        }
        int kind = next;
        next = (next + 1) % kinds;
        return kind;
    }

    /** How many of {@code rows} rows the schedule breaks. */
    static long brokenCount(long rows, double share) {
        return (long) Math.floor(rows * share);
    }
}
