package org.provisionlens.dashboards.comments;

/** The run a local authority's published pointer names. */
record LaRun(String laCode, String laName, long runId) {

    public String name() {
        return laName == null ? laCode : laName;
    }
}
