package org.provisionlens.dashboards.sufficiency;

/** The run a local authority's published pointer names. */
record PublishedRun(String laCode, String laName, long runId) {}
