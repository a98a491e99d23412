package org.provisionlens.dashboards.sufficiency;

/** EHC plans of one primary need placed in one kind of specialist provision; null plans are suppressed. */
record NeedRow(String provisionKind, String needCode, Integer plans) {}
