/**
 * What every download of the dashboards shares: a {@link org.provisionlens.dashboards.downloads.Table} of cells;
 * CSV lines with formula-like cells made inert; the same table as an XLSX workbook (bold header, numeric cells, empty
 * cells for unknown); the file name of a table of a published run, and the attachment response.
 */
package org.provisionlens.dashboards.downloads;
