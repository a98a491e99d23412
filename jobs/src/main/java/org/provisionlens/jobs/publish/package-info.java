/**
 * Publish: the review_run rows that show a run's progress, and the one transaction that writes a run's results with
 * PostgreSQL COPY and flips the published pointer, so that no half-written run is ever visible.
 */
package org.provisionlens.jobs.publish;
