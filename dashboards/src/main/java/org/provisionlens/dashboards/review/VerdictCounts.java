package org.provisionlens.dashboards.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.sufficiency.VerdictCode;

/** How many cells of the heat map have each verdict, worst first. */
record VerdictCounts(Map<VerdictCode, Integer> counts) {

    record Count(VerdictBadge verdict, int cells) {}

    static VerdictCounts of(List<Cell> cells) {
        Map<VerdictCode, Integer> counts = new EnumMap<>(VerdictCode.class);
        for (VerdictCode code : VerdictCode.values()) {
            counts.put(code, 0);
        }
        cells.forEach(cell -> counts.merge(cell.verdictCode(), 1, Integer::sum));
        return new VerdictCounts(counts);
    }

    public List<Count> list() {
        return counts.entrySet().stream()
                .map(e -> new Count(new VerdictBadge(e.getKey()), e.getValue()))
                .toList();
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int of(VerdictCode code) {
        return counts.get(code);
    }
}
