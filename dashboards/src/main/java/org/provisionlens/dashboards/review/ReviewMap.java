package org.provisionlens.dashboards.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The map of one measure of the locality cells of one need, age band, domain and tier: the SVG, its legend, and the
 * table of the same values (locality, value), in the localities' name order.
 */
record ReviewMap(MapMeasure measure, MapScale scale, List<Row> rows, String svg, int areasDrawn) {

    static final String ID = "locality-map";

    record Row(String localityCode, String localityName, String valueText, java.math.BigDecimal value, MapClass fill) {}

    static ReviewMap of(MapMeasure measure, List<Cell> localityCells, List<Boundary> boundaries, String title) {
        MapScale scale = measure.scale(localityCells);
        Map<String, Cell> byCode = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Cell cell : localityCells) {
            byCode.put(cell.ref().area(), cell);
            rows.add(new Row(
                    cell.ref().area(),
                    cell.areaName(),
                    measure.valueText(cell),
                    measure.value(cell),
                    measure.classOf(cell, scale)));
        }
        List<SvgMap.Shape> shapes = new ArrayList<>();
        for (Boundary boundary : boundaries) {
            Cell cell = boundary.localityCode() == null ? null : byCode.get(boundary.localityCode());
            String name = boundary.name();
            if (cell != null && !"MSOA".equals(boundary.level())) {
                name = name + " (" + cell.areaName() + ")";
            }
            String value = cell == null ? "No data" : measure.valueText(cell);
            shapes.add(new SvgMap.Shape(
                    boundary.areaCode(),
                    name + ": " + value,
                    measure.classOf(cell, scale),
                    GeoJson.polygons(boundary.geometry())));
        }
        String svg = shapes.isEmpty() ? null : SvgMap.render(ID, title, shapes);
        return new ReviewMap(measure, scale, List.copyOf(rows), svg, shapes.size());
    }

    /** The legend: the scale's classes, then no data. */
    public List<MapClass> legend() {
        List<MapClass> legend = new ArrayList<>(scale.classes());
        legend.add(MapClass.NO_DATA);
        return legend;
    }
}
