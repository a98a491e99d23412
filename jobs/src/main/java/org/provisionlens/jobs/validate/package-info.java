/**
 * The validate command: reads and checks a manifest's inputs (or one file) as a review run would, prints how each
 * input reconciles and its top quarantine reasons, and writes the quarantine as CSV. It publishes nothing and needs no
 * database: analysts run it on their own exports before a review.
 */
package org.provisionlens.jobs.validate;
