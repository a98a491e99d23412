/**
 * The national review run: one manifest for many LAs, one Spark session, each input read once, the work keyed by LA
 * ({@code groupByKey(la)} + {@code flatMapGroups}: one function per LA runs the core models on the executors), and each
 * LA's results published with COPY in its own transaction under its own {@code published_run} pointer.
 */
package org.provisionlens.jobs.national;
