package org.provisionlens.core.services;

/** The ages a service serves, inclusive; either end may be unknown ({@code null}). */
public record AgeRange(Integer from, Integer to) {

    public AgeRange {
        if (from != null && (from < 0 || from > 120) || to != null && (to < 0 || to > 120)) {
            throw new IllegalArgumentException("ages must be 0-120, were " + from + "-" + to);
        }
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("age range " + from + "-" + to + " is reversed");
        }
    }

    public static AgeRange unknown() {
        return new AgeRange(null, null);
    }

    public boolean isKnown() {
        return from != null || to != null;
    }
}
