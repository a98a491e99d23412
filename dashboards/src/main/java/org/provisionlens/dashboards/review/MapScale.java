package org.provisionlens.dashboards.review;

import java.util.List;

/** A map's classes in legend order, and the break a data-driven scale was cut at (its half-range; 0 if fixed). */
record MapScale(List<MapClass> classes, long half) {

    MapScale {
        classes = List.copyOf(classes);
    }

    MapClass get(int index) {
        return classes.get(index);
    }
}
