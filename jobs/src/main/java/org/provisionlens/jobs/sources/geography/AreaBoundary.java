package org.provisionlens.jobs.sources.geography;

import java.util.Objects;

/**
 * One area's boundary from an ONS GeoJSON file.
 *
 * @param level LSOA, MSOA or LA (from the file's code property: LSOA21CD, MSOA21CD, LAD24CD, ...)
 * @param geometry the feature's GeoJSON geometry, as text (WGS84 longitude, latitude)
 */
public record AreaBoundary(String code, String name, String level, String geometry) {

    public AreaBoundary {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(geometry, "geometry");
    }
}
