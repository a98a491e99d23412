/**
 * Publish: the review_run rows that show a run's progress, and the one transaction that writes a run's results with
 * PostgreSQL COPY ({@link org.provisionlens.jobs.copy}) and flips the published pointer, so that no half-written run
 * is ever visible. The comment tables are written by {@link org.provisionlens.jobs.comments.CommentTables}.
 */
package org.provisionlens.jobs.publish;
