package org.provisionlens.dashboards.audit;

/** A fix to the Local Offer, 1 the most important. */
record FixRow(int priority, String what, String why) {}
