package org.provisionlens.dashboards.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Scenario;

/**
 * Proposals side by side, doing nothing first: one row per measure, one column per proposal, under the central
 * forecast (net saving also under low and high). Stands in for the core's ProposalComparison until it lands.
 */
record SideBySide(List<String> columns, List<Row> rows) {

    record Row(String measure, List<String> values) {}

    static SideBySide of(List<Proposals.Evaluated> proposals, Viewer viewer) {
        List<String> columns = proposals.stream().map(Proposals.Evaluated::name).toList();
        List<Row> rows = new ArrayList<>();
        rows.add(row(
                "Children affected now",
                proposals,
                i -> viewer.count(Headline.of(i).affected())));
        rows.add(row(
                "Move to another local service",
                proposals,
                i -> viewer.count(Headline.of(i).moved())));
        rows.add(row(
                "Out of area or independent",
                proposals,
                i -> viewer.count(Headline.of(i).outOfArea())));
        rows.add(row(
                "No local place", proposals, i -> viewer.count(Headline.of(i).unmet())));
        rows.add(row(
                "Median journey after",
                proposals,
                i -> Travels.minutes(i.travelAfter().medianMinutes())));
        rows.add(row(
                "Over the transport limit after",
                proposals,
                i -> viewer.count(i.travelAfter().overLimit())));
        rows.add(row(
                "Cells whose verdict gets worse",
                proposals,
                i -> String.valueOf(Headline.of(i).cellsWorse())));
        rows.add(row(
                "Cells whose verdict gets better",
                proposals,
                i -> String.valueOf(i.cells().stream().filter(Headline::better).count())));
        rows.add(row(
                "Localities losing a need or age band",
                proposals,
                i -> String.valueOf(
                        i.range().stream().filter(r -> !r.lost().isEmpty()).count())));
        rows.add(row("Places good or outstanding after", proposals, i -> Quality.share(i.qualityAfter())));
        rows.add(row("Net saving a year", proposals, i -> Money.text(i.costs().netSavingPerYear())));
        rows.add(row(
                "Net saving over five years",
                proposals,
                i -> Money.text(i.costs().netSavingFiveYears())));
        for (Scenario scenario : List.of(Scenario.LOW, Scenario.HIGH)) {
            rows.add(new Row(
                    "Net saving a year, " + scenario.label().toLowerCase(java.util.Locale.UK),
                    proposals.stream()
                            .map(p ->
                                    Money.text(p.impacts().get(scenario).costs().netSavingPerYear()))
                            .toList()));
        }
        return new SideBySide(columns, rows);
    }

    private static Row row(String measure, List<Proposals.Evaluated> proposals, Function<Impact, String> value) {
        return new Row(
                measure,
                proposals.stream()
                        .map(p -> value.apply(p.impacts().get(Scenario.CENTRAL)))
                        .toList());
    }
}
