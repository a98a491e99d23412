package org.provisionlens.core.reorganisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.sufficiency.CellAssessment;
import org.provisionlens.core.sufficiency.CellKey;
import org.provisionlens.core.sufficiency.SufficiencyCells;
import org.provisionlens.core.sufficiency.VerdictCode;

/**
 * The sufficiency cells (LA and locality) whose verdict, forecast demand or capacity differ before and after. A cell
 * only one side has is compared with "no data" and nothing on the other.
 */
final class CellComparison {

    private CellComparison() {}

    static List<Impact.CellChange> compare(SufficiencyCells.Matrix before, SufficiencyCells.Matrix after) {
        Map<CellKey, CellAssessment> was = new LinkedHashMap<>();
        before.cells().forEach(c -> was.put(c.key(), c));
        Map<CellKey, CellAssessment> is = new LinkedHashMap<>();
        after.cells().forEach(c -> is.put(c.key(), c));
        List<Impact.CellChange> changes = new ArrayList<>();
        for (CellAssessment b : was.values()) {
            add(changes, b.key(), b, is.get(b.key()));
        }
        for (CellAssessment a : is.values()) {
            if (!was.containsKey(a.key())) {
                add(changes, a.key(), null, a);
            }
        }
        return changes;
    }

    private static void add(List<Impact.CellChange> changes, CellKey key, CellAssessment b, CellAssessment a) {
        double demandBefore = b == null ? 0 : b.forecastDemand();
        double demandAfter = a == null ? 0 : a.forecastDemand();
        Integer capacityBefore = capacity(b);
        Integer capacityAfter = capacity(a);
        VerdictCode verdictBefore =
                b == null ? VerdictCode.NO_DATA : b.verdict().verdictCode();
        VerdictCode verdictAfter = a == null ? VerdictCode.NO_DATA : a.verdict().verdictCode();
        if (verdictBefore != verdictAfter
                || Math.abs(demandBefore - demandAfter) > 1e-9
                || !java.util.Objects.equals(capacityBefore, capacityAfter)) {
            changes.add(new Impact.CellChange(
                    key,
                    demandBefore,
                    demandAfter,
                    capacityBefore,
                    capacityAfter,
                    verdictBefore,
                    verdictAfter,
                    a == null
                            ? "No provision or demand of this kind here after the proposal."
                            : a.verdict().reason()));
        }
    }

    private static Integer capacity(CellAssessment cell) {
        return cell == null || cell.measures().capacity() == null
                ? null
                : (int) Math.round(cell.measures().capacity());
    }
}
