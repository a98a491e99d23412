package org.provisionlens.dashboards.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.sufficiency.VerdictCode;

/**
 * The heat map's cells against the same cells (area, need, age band, domain, tier) of the previous published review:
 * better where the verdict's severity fell, worse where it rose. No data, then or now, is not comparable; nor is a
 * cell the previous review did not have. The changes list the worse first, each in heat map order.
 */
record Comparison(Long previousRunId, int better, int worse, List<Change> changes) {

    record Change(Cell cell, VerdictBadge previous, VerdictBadge now) {
        public boolean worse() {
            return now.verdict().severity() > previous.verdict().severity();
        }

        public String label() {
            return cell.label();
        }
    }

    static Comparison none() {
        return new Comparison(null, 0, 0, List.of());
    }

    /** {@code previousVerdicts}: verdict codes of the previous run by {@link CellRef#areaNeed()}. */
    static Comparison of(long previousRunId, HeatMap heatMap, Map<String, String> previousVerdicts) {
        List<Change> worse = new ArrayList<>();
        List<Change> better = new ArrayList<>();
        for (Cell cell : heatMap.cells()) {
            String before = previousVerdicts.get(cell.ref().areaNeed());
            if (before == null) {
                continue;
            }
            VerdictCode previous = VerdictCode.of(before);
            VerdictCode now = cell.verdictCode();
            if (!previous.comparable() || !now.comparable() || previous == now) {
                continue;
            }
            (now.severity() > previous.severity() ? worse : better)
                    .add(new Change(cell, new VerdictBadge(previous), new VerdictBadge(now)));
        }
        List<Change> changes = new ArrayList<>(worse);
        changes.addAll(better);
        return new Comparison(previousRunId, better.size(), worse.size(), List.copyOf(changes));
    }

    public boolean hasPrevious() {
        return previousRunId != null;
    }
}
