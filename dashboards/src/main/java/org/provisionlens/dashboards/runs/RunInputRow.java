package org.provisionlens.dashboards.runs;

import org.provisionlens.dashboards.Formats;

/** One input of a run and how its rows reconcile: read = accepted + quarantined. */
record RunInputRow(
        long runId,
        String inputName,
        String inputFormat,
        String path,
        String sha256,
        long rowsRead,
        long rowsAccepted,
        long rowsQuarantined,
        long rowsOutOfScope) {

    public String shortSha256() {
        return sha256.length() <= 12 ? sha256 : sha256.substring(0, 12);
    }

    public String readText() {
        return Formats.count(rowsRead);
    }

    public String acceptedText() {
        return Formats.count(rowsAccepted);
    }

    public String quarantinedText() {
        return Formats.count(rowsQuarantined);
    }

    public String outOfScopeText() {
        return Formats.count(rowsOutOfScope);
    }
}
