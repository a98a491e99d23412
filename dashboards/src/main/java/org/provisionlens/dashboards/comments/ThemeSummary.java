package org.provisionlens.dashboards.comments;

import java.util.List;
import org.provisionlens.core.comments.publication.StanceCounts;

/** One theme of the report: its counts, up to three quotes (none when suppressed) and the council's responses. */
record ThemeSummary(String theme, String label, StanceCounts counts, List<String> quotes, List<Response> responses) {

    ThemeSummary {
        quotes = counts.suppressed() ? List.of() : List.copyOf(quotes);
        responses = List.copyOf(responses);
    }
}
