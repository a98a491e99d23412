/**
 * Ingest: reads a CSV input line by line with Spark, checks each field, and splits it into accepted rows and
 * quarantine rows (file, line, field, value, reason), so that read = accepted + quarantined for every input.
 */
package org.provisionlens.jobs.ingest;
