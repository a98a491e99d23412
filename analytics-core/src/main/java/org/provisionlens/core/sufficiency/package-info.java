/**
 * Sufficiency: demand (EHC plans placed) against places available, per kind of specialist provision, with the gap,
 * the occupancy and how complete the capacity data is. Unknown capacity stays unknown; it is never read as zero. Each
 * cell of the sufficiency matrix counts as demand what its {@code DemandDefinition} (one per domain x tier) says is
 * need for that kind of provision, compares it with capacity of the same kind, and gets a verdict with its reason;
 * {@code VerdictCode} is the one list of the ratings and the codes the jobs publish and the dashboards read.
 */
package org.provisionlens.core.sufficiency;
