/**
 * CSV through Apache Commons CSV, for every file read or written outside Spark: the dialects ({@link
 * org.provisionlens.core.csv.CsvFormats}), the one place a byte-order mark is removed ({@link
 * org.provisionlens.core.csv.Bom}), and records read with the line each starts on ({@link
 * org.provisionlens.core.csv.CsvRecordReader}).
 */
package org.provisionlens.core.csv;
