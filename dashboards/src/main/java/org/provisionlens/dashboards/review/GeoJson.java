package org.provisionlens.dashboards.review;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON geometry (Polygon or MultiPolygon, WGS84 [longitude, latitude]) into its polygons, each a list of
 * rings (the outer ring, then holes), each a list of [longitude, latitude] points.
 */
final class GeoJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJson() {}

    static List<List<List<double[]>>> polygons(String geometry) {
        JsonNode node = JSON.readTree(geometry);
        if (node.has("geometry")) {
            node = node.get("geometry"); // a Feature
        }
        String type = node.path("type").asString();
        JsonNode coordinates = node.path("coordinates");
        List<List<List<double[]>>> polygons = new ArrayList<>();
        switch (type) {
            case "Polygon" -> polygons.add(polygon(coordinates));
            case "MultiPolygon" -> coordinates.forEach(p -> polygons.add(polygon(p)));
            default -> throw new IllegalArgumentException("not a Polygon or MultiPolygon: " + type);
        }
        return polygons;
    }

    private static List<List<double[]>> polygon(JsonNode rings) {
        List<List<double[]>> polygon = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<double[]> points = new ArrayList<>();
            for (JsonNode point : ring) {
                points.add(new double[] {point.get(0).asDouble(), point.get(1).asDouble()});
            }
            polygon.add(points);
        }
        return polygon;
    }
}
