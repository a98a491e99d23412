package org.provisionlens.dashboards.services;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The run a local authority's published pointer names, and when it finished (publication time if not recorded). */
record PublishedRun(String laCode, String laName, long runId, OffsetDateTime finishedAt) {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** Reviews before this day (the run's finishing day in the UK, 12 months earlier) are out of date. */
    LocalDate reviewCutoff() {
        return finishedAt.atZoneSameInstant(UK).toLocalDate().minusMonths(12);
    }
}
