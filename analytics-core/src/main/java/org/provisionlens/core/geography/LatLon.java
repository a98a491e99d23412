package org.provisionlens.core.geography;

/** A point on the earth in decimal degrees (WGS84 unless a method says otherwise): north and east are positive. */
public record LatLon(double latitude, double longitude) {

    public LatLon {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be -90..90, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be -180..180, was " + longitude);
        }
    }
}
