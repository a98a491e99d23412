package org.provisionlens.dashboards.health;

import java.util.regex.Pattern;
import org.provisionlens.dashboards.Formats;
import org.springframework.security.core.Authentication;

/**
 * Who is looking: commissioners and admins see exact counts; the board and the panel see counts of children or
 * referrals of 1 to 4 as "fewer than 5" (as the proposal pages do), in the figures and in the reasons' sentences.
 */
record Audience(boolean exact) {

    static final String FEWER_THAN_5 = "fewer than 5";

    /** A count of 1 to 4 followed by what it counts, in a verdict's reason: "3 children", "2 of them", "4 referrals". */
    private static final Pattern SMALL_IN_TEXT = Pattern.compile(
            "(?<![\\d.,£])\\b[1-4](?= (?:child|children|young|referral|referrals|of them|with plans|on SEN support))"
                    + "|(?<=cost per place for )[1-4]\\b");

    static Audience of(Authentication authentication) {
        return new Audience(authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_COMMISSIONER")
                                || a.getAuthority().equals("ROLE_ADMIN")));
    }

    /** A count as shown. */
    public String count(int n) {
        return !exact && n > 0 && n < 5 ? FEWER_THAN_5 : Formats.count(n);
    }

    /** A reason as shown: its small counts of children or referrals suppressed unless the viewer sees exact counts. */
    public String text(String reason) {
        return exact ? reason : SMALL_IN_TEXT.matcher(reason).replaceAll(FEWER_THAN_5);
    }
}
