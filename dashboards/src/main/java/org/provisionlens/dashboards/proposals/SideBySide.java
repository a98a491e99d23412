package org.provisionlens.dashboards.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.provisionlens.core.reorganisation.ProposalComparison;
import org.provisionlens.core.reorganisation.Scenario;

/**
 * The core's {@link ProposalComparison} as the compare page shows it: one row per measure, one column per proposal
 * (doing nothing first), under the central forecast; the net saving also under the low and high forecasts.
 */
record SideBySide(List<String> columns, List<Row> rows) {

    record Row(String measure, List<String> values) {}

    static SideBySide of(List<Proposals.Evaluated> proposals, Viewer viewer) {
        ProposalComparison comparison = ProposalComparison.of(
                proposals.stream().map(Proposals.Evaluated::impacts).toList());
        List<ProposalComparison.Row> central = under(comparison, Scenario.CENTRAL);
        List<Row> rows = new ArrayList<>();
        rows.add(row("Children affected now", central, r -> viewer.count(r.affected())));
        rows.add(row("Stay where they are", central, r -> viewer.count(r.stayed())));
        rows.add(row("Move to another local service", central, r -> viewer.count(r.moved())));
        rows.add(row("Out of area or independent", central, r -> viewer.count(r.outOfArea())));
        rows.add(row("No local place", central, r -> viewer.count(r.unmet())));
        rows.add(row("Home area not recorded", central, r -> viewer.count(r.notRoutable())));
        rows.add(row("Median journey after", central, r -> Travels.minutes(r.medianMinutesAfter())));
        rows.add(row("90th percentile journey after", central, r -> Travels.minutes(r.p90MinutesAfter())));
        rows.add(row("Over the transport limit after", central, r -> viewer.count(r.overLimitAfter())));
        rows.add(row("Cells whose verdict gets worse", central, r -> String.valueOf(r.cellsWorse())));
        rows.add(row("Cells whose verdict gets better", central, r -> String.valueOf(r.cellsBetter())));
        rows.add(row("Needs or age bands lost in a locality", central, r -> String.valueOf(r.rangeLost())));
        rows.add(row("Needs or age bands gained in a locality", central, r -> String.valueOf(r.rangeGained())));
        rows.add(row("Places good or outstanding after", central, r -> Quality.percent(r.qualityShareAfter())));
        for (Scenario scenario : Scenario.values()) {
            rows.add(row(
                    "Net saving a year, " + scenario.label().toLowerCase(Locale.UK),
                    under(comparison, scenario),
                    r -> Money.text(r.netSavingPerYear())));
        }
        return new SideBySide(
                central.stream().map(ProposalComparison.Row::proposalName).toList(), rows);
    }

    private static List<ProposalComparison.Row> under(ProposalComparison comparison, Scenario scenario) {
        return comparison.rows().stream().filter(r -> r.scenario() == scenario).toList();
    }

    private static Row row(
            String measure, List<ProposalComparison.Row> rows, Function<ProposalComparison.Row, String> value) {
        return new Row(measure, rows.stream().map(value).toList());
    }
}
