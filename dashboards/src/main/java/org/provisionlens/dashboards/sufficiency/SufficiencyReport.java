package org.provisionlens.dashboards.sufficiency;

import java.util.List;
import org.provisionlens.dashboards.PublishedRun;

/** Everything the sufficiency page and its downloads show for one published run. */
record SufficiencyReport(
        PublishedRun run,
        Headline headline,
        List<SufficiencyRow> rows,
        List<NeedRow> needs,
        List<SettingRow> settings) {

    SufficiencyReport {
        rows = List.copyOf(rows);
        needs = List.copyOf(needs);
        settings = List.copyOf(settings);
    }

    NeedsTable needsTable() {
        return NeedsTable.of(rows, needs);
    }

    public String laName() {
        return headline != null ? headline.laName() : run.laName() != null ? run.laName() : run.laCode();
    }
}
