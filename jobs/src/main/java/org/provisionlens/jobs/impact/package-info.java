/**
 * The {@code impact} command: a reorganisation proposal evaluated against its LA's published run (read with core's
 * baseline loader over plain JDBC), printed as a table per scenario, with the evidence pack and the impact tables as
 * files.
 */
package org.provisionlens.jobs.impact;
