package org.provisionlens.dashboards.review;

/**
 * An area the map draws (a locality, or an LSOA where the run has no locality boundaries), the locality it belongs to
 * ({@code localityCode} is the area itself for a locality; null for an LSOA in no locality), and its GeoJSON geometry.
 */
record Boundary(String areaCode, String areaName, String level, String localityCode, String geometry) {

    String name() {
        return areaName == null ? areaCode : areaName;
    }
}
