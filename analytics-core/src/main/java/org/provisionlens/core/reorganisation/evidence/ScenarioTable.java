package org.provisionlens.core.reorganisation.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Impact.Outcome;
import org.provisionlens.core.reorganisation.Scenario;

/** The main measures under each demand scenario, side by side. */
final class ScenarioTable {

    private ScenarioTable() {}

    static Xhtml.Table of(Map<Scenario, Impact> impacts) {
        List<Scenario> scenarios =
                List.of(Scenario.values()).stream().filter(impacts::containsKey).toList();
        List<String> headings = new ArrayList<>();
        headings.add("Measure");
        scenarios.forEach(scenario -> headings.add(scenario.label()));
        List<List<String>> rows = new ArrayList<>();
        row(rows, scenarios, impacts, "Demand at the horizon / demand now", i -> Figures.growth(i.growth()));
        row(rows, scenarios, impacts, "Children using the changed services today", i -> "" + Outcomes.affected(i));
        for (Outcome outcome : Outcome.values()) {
            row(
                    rows,
                    scenarios,
                    impacts,
                    "Children: " + EvidenceCharts.label(outcome),
                    i -> "" + Outcomes.children(i, outcome));
        }
        row(
                rows,
                scenarios,
                impacts,
                "Cells whose verdict gets worse",
                i -> "" + i.cells().stream().filter(Outcomes::worse).count());
        row(
                rows,
                scenarios,
                impacts,
                "Cells whose verdict gets better",
                i -> "" + i.cells().stream().filter(Outcomes::better).count());
        row(
                rows,
                scenarios,
                impacts,
                "Median journey after (minutes)",
                i -> i.travelAfter() == null
                        ? "unknown"
                        : Figures.number(i.travelAfter().medianMinutes()));
        row(
                rows,
                scenarios,
                impacts,
                "90th percentile journey after (minutes)",
                i -> i.travelAfter() == null
                        ? "unknown"
                        : Figures.number(i.travelAfter().p90Minutes()));
        row(
                rows,
                scenarios,
                impacts,
                "Children over the transport limit after",
                i -> i.travelAfter() == null ? "unknown" : "" + i.travelAfter().overLimit());
        row(
                rows,
                scenarios,
                impacts,
                "Net saving a year",
                i -> i.costs() == null ? "unknown" : Figures.pounds(i.costs().netSavingPerYear()));
        row(
                rows,
                scenarios,
                impacts,
                "Net saving over five years",
                i -> i.costs() == null ? "unknown" : Figures.pounds(i.costs().netSavingFiveYears()));
        return new Xhtml.Table("The proposal under each demand scenario", headings, rows);
    }

    private static void row(
            List<List<String>> rows,
            List<Scenario> scenarios,
            Map<Scenario, Impact> impacts,
            String measure,
            Function<Impact, String> value) {
        List<String> row = new ArrayList<>();
        row.add(measure);
        scenarios.forEach(scenario -> row.add(value.apply(impacts.get(scenario))));
        rows.add(row);
    }
}
