package org.provisionlens.core.services;

/** Where a service is delivered. Any part may be unknown ({@code null}). */
public record ServiceLocation(String name, String address, String postcode, Double latitude, Double longitude) {

    public ServiceLocation {
        if (latitude != null && (latitude < -90 || latitude > 90)) {
            throw new IllegalArgumentException("latitude must be -90..90, was " + latitude);
        }
        if (longitude != null && (longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("longitude must be -180..180, was " + longitude);
        }
    }
}
