package org.provisionlens.dashboards.runs;

/**
 * A fault in an optional field of a row the run kept: where it was, which service, the value as given (contact
 * details: this page is not for the review panel), what was kept (null: left empty) and why.
 */
record FindingRow(
        String inputName,
        String file,
        String location,
        String serviceId,
        String field,
        String value,
        String keptAs,
        String reason) {

    public String keptText() {
        return keptAs == null ? "left empty" : keptAs;
    }
}
