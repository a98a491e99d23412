package org.provisionlens.dashboards.comments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many comments on a theme were positive, negative or mixed, and the sentence that says so. Any count from 1 to 4
 * is shown as "fewer than 5" (small numbers are never published); a theme of fewer than 5 comments says only that.
 */
record StanceCounts(int positive, int negative, int mixed) {

    static final int THRESHOLD = 5;
    static final String FEWER = "fewer than 5";

    StanceCounts {
        if (positive < 0 || negative < 0 || mixed < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public int total() {
        return positive + negative + mixed;
    }

    public boolean suppressed() {
        return total() < THRESHOLD;
    }

    static boolean small(int count) {
        return count > 0 && count < THRESHOLD;
    }

    /** A count as published: "fewer than 5" from 1 to 4. */
    static String text(int count) {
        return small(count) ? FEWER : Integer.toString(count);
    }

    /** The count drawn in the chart: nothing when suppressed. */
    Integer chartValue(int count) {
        return suppressed() || small(count) ? null : count;
    }

    public String totalText() {
        return text(total());
    }

    public String positiveText() {
        return suppressed() ? FEWER : text(positive);
    }

    public String negativeText() {
        return suppressed() ? FEWER : text(negative);
    }

    public String mixedText() {
        return suppressed() ? FEWER : text(mixed);
    }

    /**
     * "Most people (12 of 20) were unhappy with it; some (5) were happy with it; some (fewer than 5) had mixed views."
     * Without a majority the first part reads "8 of 20 were unhappy with it". Stances nobody took are left out.
     */
    public String sentence() {
        if (suppressed()) {
            return "Fewer than 5 people commented on this theme, so we do not say more about what they said.";
        }
        List<Part> parts = new ArrayList<>(List.of(
                new Part(negative, "were unhappy with it"),
                new Part(positive, "were happy with it"),
                new Part(mixed, "had mixed views")));
        parts.removeIf(p -> p.count() == 0);
        parts.sort(Comparator.comparingInt(Part::count).reversed());
        Part first = parts.get(0);
        StringBuilder out = new StringBuilder();
        if (first.count() * 2 > total()) {
            out.append("Most people (")
                    .append(first.count())
                    .append(" of ")
                    .append(total())
                    .append(") ");
        } else {
            out.append(text(first.count())).append(" of ").append(total()).append(' ');
        }
        out.append(first.phrase());
        for (Part part : parts.subList(1, parts.size())) {
            out.append("; some (").append(text(part.count())).append(") ").append(part.phrase());
        }
        return out.append('.').toString();
    }

    private record Part(int count, String phrase) {}
}
