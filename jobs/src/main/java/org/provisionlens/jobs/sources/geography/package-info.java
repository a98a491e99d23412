/**
 * Geography inputs: LSOA centroids (ONS), the points where travel and demand models place each small area's children.
 */
package org.provisionlens.jobs.sources.geography;
