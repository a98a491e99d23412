/**
 * The sufficiency review of a local authority's published run (Code of Practice 4.19): the heat map of verdicts by
 * need and area with its comparison against the previous published review, one cell's measures with its forecast and
 * the services behind it, the map of the localities, the forecast back-test, and CSV/XLSX downloads of every table.
 * Only the published run of a local authority is ever read here; unknown values are shown as unknown, never as zero.
 */
package org.provisionlens.dashboards.review;
