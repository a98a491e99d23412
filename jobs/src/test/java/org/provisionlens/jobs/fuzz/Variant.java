package org.provisionlens.jobs.fuzz;

/**
 * One broken variant of a valid input file.
 *
 * @param name what was broken, e.g. {@code truncated at byte 812 (mid UTF-8 sequence)}
 * @param seed the seed of the {@link java.util.Random} that made it: a failure names it, so the case can be replayed
 */
record Variant(String name, long seed, byte[] bytes) {

    @Override
    public String toString() {
        return name + " (seed " + seed + ", " + bytes.length + " bytes)";
    }
}
