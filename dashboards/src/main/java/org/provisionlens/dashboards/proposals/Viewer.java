package org.provisionlens.dashboards.proposals;

import org.springframework.security.core.Authentication;

/**
 * Who is looking: commissioners and admins see exact counts; everyone else (panel, board) sees counts of 1 to 4 as
 * "fewer than 5", so that no small group of children can be singled out.
 */
record Viewer(boolean exact) {

    static final int SMALL = 5;

    static Viewer of(Authentication authentication) {
        boolean exact = authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_COMMISSIONER")
                                || a.getAuthority().equals("ROLE_ADMIN"));
        return new Viewer(exact);
    }

    static boolean canEdit(Authentication authentication) {
        return of(authentication).exact();
    }

    /** A count as shown: "fewer than 5" for 1 to 4 unless the viewer sees exact counts. */
    public String count(long children) {
        return suppressed(children) ? "fewer than 5" : org.provisionlens.dashboards.Formats.count(children);
    }

    /** The count a chart may draw: none (no bar) when it is suppressed. */
    Double chartValue(long children) {
        return suppressed(children) ? null : (double) children;
    }

    boolean suppressed(long children) {
        return !exact && children > 0 && children < SMALL;
    }
}
