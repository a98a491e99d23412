package org.provisionlens.core.comments.themes;

import java.util.Locale;

/** What a comment says about one theme. */
public enum Stance {
    /** Praise, thanks, an improvement. */
    POSITIVE,
    /** A complaint, a gap, a delay, a request for more. */
    NEGATIVE,
    /** Both, about the same theme, in one comment. */
    MIXED;

    /** Parses {@code positive}, {@code negative} or {@code mixed}, in any case. */
    public static Stance parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    /** The stance of a theme that drew these two kinds of clause. */
    static Stance of(boolean positive, boolean negative) {
        if (positive && negative) {
            return MIXED;
        }
        return positive ? POSITIVE : NEGATIVE;
    }
}
