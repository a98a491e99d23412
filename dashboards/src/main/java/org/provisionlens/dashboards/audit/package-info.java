/**
 * The Schedule 2 completeness audit of a local authority's published run (what the SEND Regulations 2014 Schedule 2
 * require the Local Offer to say): a score per category and overall, the fixes in order of importance, the out-of-area
 * settings in use but not listed, the listings with gaps, a chart with its table, and CSV/XLSX downloads.
 */
package org.provisionlens.dashboards.audit;
