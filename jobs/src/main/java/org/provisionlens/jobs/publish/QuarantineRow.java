package org.provisionlens.jobs.publish;

/** A failed check of one field of one input row. */
public record QuarantineRow(String inputName, String file, long line, String field, String value, String reason) {}
