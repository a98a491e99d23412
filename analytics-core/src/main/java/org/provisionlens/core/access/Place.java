package org.provisionlens.core.access;

import java.util.Objects;

/** A named point: an LSOA centroid or a service's location, in WGS84 degrees. */
public record Place(String id, double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public Place {
        Objects.requireNonNull(id, "id");
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException(id + ": not a point on the earth: " + latitude + ", " + longitude);
        }
    }

    /** Great-circle (haversine) distance in kilometres. */
    public double kilometresTo(Place other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
