package org.provisionlens.dashboards.overview;

import java.time.OffsetDateTime;
import org.provisionlens.dashboards.Formats;

/** The public figures of one local authority's published review run. */
record PublishedSummary(
        String laCode, String laName, String timePeriod, int ehcPlans, OffsetDateTime publishedAt, long runId) {

    public String ehcPlansText() {
        return Formats.count(ehcPlans);
    }

    public String publishedText() {
        return Formats.date(publishedAt);
    }
}
