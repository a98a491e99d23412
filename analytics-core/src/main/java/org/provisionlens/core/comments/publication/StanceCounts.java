package org.provisionlens.core.comments.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many comments on a theme were positive, negative or mixed, and the sentence that says so. Any count from 1 to 4
 * is shown as "fewer than 5" (small numbers are never published); a theme of fewer than 5 comments says only that.
 * When exactly one stance is small, it could be worked out by subtracting the others from the theme's total, so the
 * smallest of the other stances with 5 or more is withheld too (complementary suppression): its number is not shown.
 */
public record StanceCounts(int positive, int negative, int mixed) {

    public static final int THRESHOLD = 5;
    public static final String FEWER = "fewer than 5";

    public StanceCounts {
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

    public static final String WITHHELD = "withheld";

    /** Whether a stance's count (0 positive, 1 negative, 2 mixed) is withheld to protect a lone small count. */
    public boolean withheld(int stance) {
        int[] counts = {positive, negative, mixed};
        int smalls = 0;
        for (int count : counts) {
            smalls += small(count) ? 1 : 0;
        }
        if (smalls != 1) {
            return false;
        }
        int partner = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] >= THRESHOLD && (partner < 0 || counts[i] < counts[partner])) {
                partner = i;
            }
        }
        return partner == stance;
    }

    private String shown(int stance, int count) {
        return withheld(stance) ? WITHHELD : text(count);
    }

    /** A count as published: "fewer than 5" from 1 to 4. */
    public static String text(int count) {
        return small(count) ? FEWER : Integer.toString(count);
    }

    /** The count drawn in the chart: nothing when suppressed. */
    Integer chartValue(int count) {
        return suppressed() || small(count) ? null : count;
    }

    /** A stance's value in the chart: nothing when small or withheld. */
    public Integer chartValue(int stance, int count) {
        return withheld(stance) ? null : chartValue(count);
    }

    public String totalText() {
        return text(total());
    }

    public String positiveText() {
        return suppressed() ? FEWER : shown(0, positive);
    }

    public String negativeText() {
        return suppressed() ? FEWER : shown(1, negative);
    }

    public String mixedText() {
        return suppressed() ? FEWER : shown(2, mixed);
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
                new Part(negative, "were unhappy with it", withheld(1)),
                new Part(positive, "were happy with it", withheld(0)),
                new Part(mixed, "had mixed views", withheld(2))));
        parts.removeIf(p -> p.count() == 0);
        parts.sort(Comparator.comparingInt(Part::count).reversed());
        Part first = parts.get(0);
        StringBuilder out = new StringBuilder();
        if (first.count() * 2 > total()) {
            out.append(first.withheld() ? "Most people " : "Most people (" + first.count() + " of " + total() + ") ");
        } else {
            out.append(first.withheld() ? "Many " : text(first.count()) + " of " + total() + " ");
        }
        out.append(first.phrase());
        for (Part part : parts.subList(1, parts.size())) {
            out.append(part.withheld() ? "; some " : "; some (" + text(part.count()) + ") ")
                    .append(part.phrase());
        }
        return out.append('.').toString();
    }

    private record Part(int count, String phrase, boolean withheld) {}
}
