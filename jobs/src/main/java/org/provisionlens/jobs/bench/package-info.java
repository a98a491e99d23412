/**
 * The benchmark ({@link org.provisionlens.jobs.bench.Bench}, run with {@code mvn -q -pl jobs -am -Pbench -DskipTests
 * package}): the Trafford demo run and national runs on generated data as child processes, the demand aggregation in
 * Spark and DuckDB, one proposal in process and dashboard latency, printed as one report. Targets live here, never in
 * timed unit tests.
 */
package org.provisionlens.jobs.bench;
