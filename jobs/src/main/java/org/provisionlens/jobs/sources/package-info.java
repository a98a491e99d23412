/**
 * Sources: one reader per input format. Each names its columns, its checks and its scope (the rows about the run's
 * local authority), and turns accepted rows into the core's records or into aggregates for them. {@link
 * org.provisionlens.jobs.sources.InputReaders} says which class reads each format; consultation comments are read in
 * {@link org.provisionlens.jobs.comments}.
 */
package org.provisionlens.jobs.sources;
