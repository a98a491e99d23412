package org.provisionlens.dashboards.review;

import java.time.OffsetDateTime;

/** The run a local authority's published pointer names, and when it finished. */
record ReviewRun(String laCode, String laName, long runId, OffsetDateTime finishedAt) {}
