/**
 * The review runs: every run with its status and stage, the inputs it read and how their rows reconcile, and the
 * rows it quarantined. For signed-in users; the list refreshes itself while a run is running.
 */
package org.provisionlens.dashboards.runs;
