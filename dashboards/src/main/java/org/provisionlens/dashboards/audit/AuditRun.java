package org.provisionlens.dashboards.audit;

/** The run a local authority's published pointer names. */
record AuditRun(String laCode, String laName, long runId) {}
