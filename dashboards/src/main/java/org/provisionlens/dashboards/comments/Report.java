package org.provisionlens.dashboards.comments;

import java.util.List;
import org.provisionlens.dashboards.PublishedRun;

/**
 * The "You said, we did" report of a local authority and period: its themes (most comments first), how many comments
 * are held for review, how many were left out (abusive, or complaints about an individual), and last period's actions
 * with their status.
 */
record Report(
        PublishedRun run,
        Period period,
        List<ThemeSummary> themes,
        int heldForReview,
        int abusive,
        int individualComplaints,
        Period previous,
        List<Response> previousActions) {

    Report {
        themes = List.copyOf(themes);
        previousActions = List.copyOf(previousActions);
    }

    public int comments() {
        return themes.stream().mapToInt(t -> t.counts().total()).sum();
    }
}
