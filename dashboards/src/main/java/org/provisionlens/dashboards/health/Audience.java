package org.provisionlens.dashboards.health;

import org.provisionlens.dashboards.Formats;
import org.provisionlens.dashboards.SmallCounts;
import org.springframework.security.core.Authentication;

/**
 * Who is looking: commissioners and admins see exact counts; the board and the panel see counts of children or
 * referrals of 1 to 4 as "fewer than 5" (as the proposal pages do), in the figures and in the reasons' sentences.
 */
record Audience(boolean exact) {

    static Audience of(Authentication authentication) {
        return new Audience(authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_COMMISSIONER")
                                || a.getAuthority().equals("ROLE_ADMIN")));
    }

    /** A count as shown. */
    public String count(int n) {
        return exact ? Formats.count(n) : SmallCounts.count(n);
    }

    /** A reason as shown: its small counts of children or referrals suppressed unless the viewer sees exact counts. */
    public String text(String reason) {
        return exact ? reason : SmallCounts.inText(reason);
    }
}
