/**
 * Sources: one reader per input format. Each names its columns, its checks and its scope (the rows about the run's
 * local authority), and turns accepted rows into the core's records or into aggregates for them.
 */
package org.provisionlens.jobs.sources;
