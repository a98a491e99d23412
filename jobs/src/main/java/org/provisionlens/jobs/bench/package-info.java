/**
 * Benchmarks (run with {@code mvn -q -pl jobs -am -Pbench -DskipTests package}): speed and memory on a national
 * generated dataset, printed as a table. Targets live here, never in timed unit tests.
 */
package org.provisionlens.jobs.bench;
