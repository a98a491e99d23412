package org.provisionlens.dashboards.runs;

/** A row a run could not accept: where it was and why. */
record QuarantineRow(String inputName, String file, String location, String field, String value, String reason) {}
