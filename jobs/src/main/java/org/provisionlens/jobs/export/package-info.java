/**
 * The export command: any table of a published run as CSV, so analysts can take the numbers into their own tools and
 * check them. Reads only published runs; restricted tables (child records, raw comments) are not exportable here.
 */
package org.provisionlens.jobs.export;
