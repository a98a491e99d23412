package org.provisionlens.core.consultation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The year a review looks back over: the 12 months ending on its review date, 31 August of the reference year of its
 * DfE time period (202425, academic year 2024/25: 1 September 2024 to 31 August 2025), the same date the review counts
 * "reviewed in the last 12 months" back from.
 */
public record ReviewYear(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public ReviewYear {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a year cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    /**
     * The year of a DfE time period as the runs record it: {@code 202425} or {@code 2024/25} (an academic year, ending
     * on 31 August 2025), or {@code 2025} (the 12 months to 31 August 2025).
     */
    public static ReviewYear ofTimePeriod(String timePeriod) {
        String text = timePeriod == null ? "" : timePeriod.trim();
        if (text.matches("\\d{4}/\\d{2}")) {
            text = text.replace("/", "");
        }
        int endYear;
        if (text.matches("\\d{6}")) {
            endYear = Integer.parseInt(text.substring(0, 2) + text.substring(4, 6));
        } else if (text.matches("\\d{4}")) {
            endYear = Integer.parseInt(text);
        } else {
            throw new IllegalArgumentException(
                    "time period must be YYYY, YYYYyy or YYYY/yy (e.g. 202425), was " + timePeriod);
        }
        return endingOn(LocalDate.of(endYear, 8, 31));
    }

    /** The 12 months ending on {@code day}. */
    public static ReviewYear endingOn(LocalDate day) {
        return new ReviewYear(day.minusYears(1).plusDays(1), day);
    }

    /** "1 September 2024 to 31 August 2025". */
    public String label() {
        return DAY.format(from) + " to " + DAY.format(to);
    }
}
