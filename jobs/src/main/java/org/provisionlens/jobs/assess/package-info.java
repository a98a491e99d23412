/**
 * Assess: the sufficiency review of a run (Code of Practice 4.19): localities from LSOAs, demand from child records,
 * the forecast from the DfE series with its back-test across every LA in the statistics, the sufficiency matrix and
 * the Schedule 2 audit, computed by analytics-core on aggregates Spark makes.
 */
package org.provisionlens.jobs.assess;
