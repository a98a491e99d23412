package org.provisionlens.dashboards;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A published run: the run a local authority's published pointer names, the only runs the pages show. Its LA (name
 * from the run's headline when it has one) and when it finished (publication time if not recorded).
 */
public record PublishedRun(String laCode, String laName, long runId, OffsetDateTime finishedAt) {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** The LA's name, or its code when the run does not name it. */
    public String name() {
        return laName == null ? laCode : laName;
    }

    /** Reviews before this day (the run's finishing day in the UK, 12 months earlier) are out of date. */
    public LocalDate reviewCutoff() {
        return finishedAt.atZoneSameInstant(UK).toLocalDate().minusMonths(12);
    }
}
