/**
 * Copy: rows in PostgreSQL's COPY CSV format ({@link org.provisionlens.jobs.copy.CsvRows}) and COPY into a table
 * inside the caller's transaction ({@link org.provisionlens.jobs.copy.Copy}). A leaf package: publish and comments
 * write their tables with it.
 */
package org.provisionlens.jobs.copy;
