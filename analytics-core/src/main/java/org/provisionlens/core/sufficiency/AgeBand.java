package org.provisionlens.core.sufficiency;

import java.util.Arrays;
import java.util.Optional;

/** The age bands of DfE's tables and of the sufficiency cells: under 5, 5-10, 11-15, 16-19, 20-25. */
public enum AgeBand {
    AGE_0_4(0, 4),
    AGE_5_10(5, 10),
    AGE_11_15(11, 15),
    AGE_16_19(16, 19),
    AGE_20_25(20, 25);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public String label() {
        return from + "-" + to;
    }

    public static Optional<AgeBand> of(int age) {
        return Arrays.stream(values())
                .filter(band -> age >= band.from && age <= band.to)
                .findFirst();
    }

    /** Whether a service for ages {@code low}-{@code high} (either may be null: open-ended) serves any of this band. */
    public boolean overlaps(Integer low, Integer high) {
        return (low == null || low <= to) && (high == null || high >= from);
    }
}
