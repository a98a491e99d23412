package org.provisionlens.core.placeplanning;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A National Curriculum year group of the SCAP forecast, Reception (0) to Year 14, from the child's age at the January
 * census: age 4 is Reception, age 5 is Year 1, and so on to age 18, Year 14 (year group = age - 4).
 */
public record YearGroup(int value) {

    public static final int RECEPTION = 0;
    public static final int LAST = 14;
    /** The age at the census of a child in Reception. */
    public static final int RECEPTION_AGE = 4;

    public YearGroup {
        if (value < RECEPTION || value > LAST) {
            throw new IllegalArgumentException("year groups run from Reception (0) to Year 14; was " + value);
        }
    }

    /** The year group of a child of this age at the census; empty below 4 or above 18. */
    public static Optional<YearGroup> ofAge(int age) {
        int value = age - RECEPTION_AGE;
        return value < RECEPTION || value > LAST ? Optional.empty() : Optional.of(new YearGroup(value));
    }

    /** Reception to Year 14, in order. */
    public static List<YearGroup> all() {
        return IntStream.rangeClosed(RECEPTION, LAST).mapToObj(YearGroup::new).toList();
    }

    public int age() {
        return value + RECEPTION_AGE;
    }

    /** "Reception", "Year 1", ... "Year 14". */
    public String label() {
        return value == RECEPTION ? "Reception" : "Year " + value;
    }

    /** "R", "Y1", ... "Y14": the column heads of the SCAP table. */
    public String shortLabel() {
        return value == RECEPTION ? "R" : "Y" + value;
    }
}
