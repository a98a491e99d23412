package org.provisionlens.dashboards.runs;

/** A row a run could not accept: where it was and why. */
record QuarantineRow(String inputName, String file, long line, String field, String value, String reason) {}
