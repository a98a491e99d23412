/**
 * Ingest: reads a CSV input line by line with Spark, checks each field, and splits it into accepted rows and
 * quarantine rows (file, line, field, value, reason), so that read = accepted + quarantined for every input. Field
 * checks cover the common contracts (required, numbers and ranges, closed lists, coded values read by the core's
 * parsers, dates, patterns, unique ids). Inputs read in the driver (JSON, CSV whose values span lines) use
 * {@link org.provisionlens.core.csv.CsvRecordReader} and {@link org.provisionlens.jobs.ingest.ReadResult}. The readers
 * of each format take typed values from accepted rows with {@link org.provisionlens.jobs.ingest.Values}.
 */
package org.provisionlens.jobs.ingest;
