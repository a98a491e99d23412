package org.provisionlens.dashboards.audit;

/** An out-of-area setting where children are placed that the Local Offer does not list. */
record UnlistedRow(String setting, int children) {}
