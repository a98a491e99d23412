/**
 * Conform: the run's inputs in the canonical model ({@link org.provisionlens.jobs.conform.ConformedInputs}), what the
 * assess, comments and publish stages read after ingest. A leaf of the run's stages: it knows the sources' records and
 * the core's, and no stage.
 */
package org.provisionlens.jobs.conform;
