package org.provisionlens.core.geography;

import java.util.Objects;

/**
 * The centroid of a lower layer super output area (LSOA): where the models place the area's children.
 *
 * @param code the ONS code (2011 or 2021), e.g. {@code E01006074}
 * @param name the area's name, or {@code null} where the source gives none
 * @param latitude WGS84 decimal degrees
 * @param longitude WGS84 decimal degrees
 */
public record LsoaCentroid(String code, String name, double latitude, double longitude) {

    public LsoaCentroid {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("an LSOA centroid needs a code");
        }
        code = code.trim();
        new LatLon(latitude, longitude);
    }

    public LatLon point() {
        return new LatLon(latitude, longitude);
    }
}
