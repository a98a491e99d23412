package org.provisionlens.dashboards.comments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Comments per theme per year, across every published run of a local authority (each comment counted once). */
record Trends(List<String> years, List<Line> lines) {

    Trends {
        years = List.copyOf(years);
        lines = List.copyOf(lines);
    }

    /** A theme and its count in each year, in the order of {@code years} (0 where none). */
    record Line(String theme, String label, Map<String, Integer> counts) {

        Line {
            counts = new LinkedHashMap<>(counts);
        }

        public Integer count(String year) {
            return counts.getOrDefault(year, 0);
        }
    }
}
