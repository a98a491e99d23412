package org.provisionlens.dashboards.sufficiency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * EHC plans by primary need (rows) and kind of specialist provision (columns, in the sufficiency table's order).
 * Cells: the plans, "c" where suppressed, "None recorded" where the data has no cell.
 */
record NeedsTable(List<SufficiencyRow> kinds, List<Line> lines) {

    static final String SUPPRESSED = "c";
    static final String NO_CELL = "None recorded";

    record Line(String needCode, String needName, List<String> cells) {}

    static NeedsTable of(List<SufficiencyRow> kinds, List<NeedRow> needs) {
        Map<String, Map<String, NeedRow>> byNeed = new HashMap<>();
        for (NeedRow need : needs) {
            byNeed.computeIfAbsent(need.needCode(), code -> new HashMap<>()).put(need.provisionKind(), need);
        }
        List<Line> lines = new ArrayList<>();
        for (String code : new TreeSet<>(byNeed.keySet())) {
            List<String> cells = new ArrayList<>();
            for (SufficiencyRow kind : kinds) {
                NeedRow cell = byNeed.get(code).get(kind.provisionKind());
                cells.add(cell == null ? NO_CELL : cell.plans() == null ? SUPPRESSED : String.valueOf(cell.plans()));
            }
            lines.add(new Line(
                    code,
                    org.provisionlens.core.provision.NeedCode.fromCode(code)
                            .map(org.provisionlens.core.provision.NeedCode::label)
                            .orElse(code),
                    cells));
        }
        return new NeedsTable(List.copyOf(kinds), List.copyOf(lines));
    }
}
