/**
 * The Schedule 2 completeness audit of a local authority's published run (what the SEND Regulations 2014 Schedule 2
 * require the Local Offer to say): a score per category and overall, each category's elements (which are missing, and
 * the listings that show those met), the fixes in order of importance, the out-of-area settings in use but not listed,
 * each listing's completeness against the Open Referral UK fields and the listings with no route that works without
 * the internet, charts with their tables, and CSV/XLSX downloads.
 */
package org.provisionlens.dashboards.audit;
