/**
 * The standalone cluster check ({@code jobs/cluster/standalone-check.sh}): a PostgreSQL for its two runs, and the
 * row-by-row comparison of what a run on a Spark cluster and a {@code local[*]} run published.
 */
package org.provisionlens.jobs.cluster;
