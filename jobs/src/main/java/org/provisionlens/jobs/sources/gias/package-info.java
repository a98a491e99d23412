/**
 * The full GIAS establishment extract ("edubasealldata", Windows-1252): its columns, checks, the open establishments of
 * a local authority as core {@code Establishment}s and as Local Offer {@code Service}s (merged with other listings by
 * URN), with the SEN provision types each school names and its location in WGS84.
 */
package org.provisionlens.jobs.sources.gias;
