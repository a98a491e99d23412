package org.provisionlens.core.comments.anonymise;

import java.util.Locale;
import java.util.Set;

/**
 * National Insurance numbers: two prefix letters, six digits, a suffix A to D. The first letter is never D, F, I, Q,
 * U or V; the second never D, F, I, O, Q, U or V; and BG, GB, KN, NK, NT, TN and ZZ are never allocated.
 */
final class NiNumbers {

    private static final String NOT_FIRST = "DFIQUV";
    private static final String NOT_SECOND = "DFIOQUV";
    private static final Set<String> NOT_ALLOCATED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    private NiNumbers() {}

    /** True when the two letters may begin a National Insurance number. */
    static boolean isAllowedPrefix(String prefix) {
        if (prefix.length() != 2) {
            return false;
        }
        String upper = prefix.toUpperCase(Locale.ROOT);
        char first = upper.charAt(0);
        char second = upper.charAt(1);
        return first >= 'A'
                && first <= 'Z'
                && second >= 'A'
                && second <= 'Z'
                && NOT_FIRST.indexOf(first) < 0
                && NOT_SECOND.indexOf(second) < 0
                && !NOT_ALLOCATED.contains(upper);
    }
}
