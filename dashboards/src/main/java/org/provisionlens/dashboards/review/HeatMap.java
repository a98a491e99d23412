package org.provisionlens.dashboards.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The heat map of one filter: a row per need ("All needs" first, then by code), a column per area (the local
 * authority first, then its localities by name); a cell is {@code null} where the run has none for that need and area.
 */
record HeatMap(List<Area> areas, List<Row> rows) {

    record Area(String code, String name, boolean la) {}

    record Row(String needCode, String needLabel, List<Cell> cells) {}

    static HeatMap of(List<Cell> cells) {
        Map<String, Area> areas = new LinkedHashMap<>();
        cells.stream()
                .sorted(Comparator.comparing((Cell c) -> !c.la())
                        .thenComparing(Cell::areaName)
                        .thenComparing(c -> c.ref().area()))
                .forEach(c -> areas.putIfAbsent(c.ref().area(), new Area(c.ref().area(), c.areaName(), c.la())));
        Map<String, Cell> byKey = new HashMap<>();
        TreeSet<String> needs = new TreeSet<>(Comparator.comparing((String n) -> !ReviewLabels.ALL.equals(n))
                .thenComparing(Comparator.naturalOrder()));
        for (Cell cell : cells) {
            byKey.put(cell.ref().areaNeed(), cell);
            needs.add(cell.ref().need());
        }
        List<Row> rows = new ArrayList<>();
        for (String need : needs) {
            List<Cell> line = new ArrayList<>();
            for (Area area : areas.values()) {
                line.add(byKey.get(area.code() + "|" + need));
            }
            rows.add(new Row(need, ReviewLabels.need(need), Collections.unmodifiableList(line)));
        }
        return new HeatMap(List.copyOf(areas.values()), List.copyOf(rows));
    }

    /** The cells in reading order: row by row, area by area. */
    public List<Cell> cells() {
        return rows.stream()
                .flatMap(r -> r.cells().stream())
                .filter(Objects::nonNull)
                .toList();
    }

    public boolean empty() {
        return rows.isEmpty();
    }
}
