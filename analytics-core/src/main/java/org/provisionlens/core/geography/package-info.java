/**
 * Geography: points on the earth (WGS84 latitude and longitude), the conversion of Ordnance Survey National Grid
 * eastings and northings to them, and the centroids of small areas (LSOAs) that travel and demand models place
 * children at.
 */
package org.provisionlens.core.geography;
