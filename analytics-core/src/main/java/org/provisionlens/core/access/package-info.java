/**
 * Travel access: how far children live from a suitable service with spare capacity, from LSOA centroids and service
 * locations, as straight-line distance turned into an estimated journey time.
 */
package org.provisionlens.core.access;
