package org.provisionlens.dashboards.proposals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.ChartValue;
import org.provisionlens.core.charts.SvgCharts;
import org.provisionlens.core.reorganisation.Impact;

/**
 * The impact page's charts (inline SVG, each beside its table on the page): who is affected by need, where they go,
 * journeys before and after, and costs a year before and after. Suppressed counts draw no bar.
 */
final class ImpactCharts {

    static final String NEED_TITLE = "Children affected, by primary need";
    static final String OUTCOME_TITLE = "Where the affected children go";
    static final String TRAVEL_TITLE = "Journeys of the affected children, before and after (minutes)";
    static final String COSTS_TITLE = "Costs a year, before and after (pounds)";

    private ImpactCharts() {}

    static String need(ImpactView view) {
        return bars("impact-need-chart", NEED_TITLE, "Primary need", "Children", view.byNeed(), view.viewer());
    }

    static String outcomes(ImpactView view) {
        return bars("impact-outcome-chart", OUTCOME_TITLE, "Outcome", "Children", view.outcomes(), view.viewer());
    }

    static String travel(Impact impact) {
        List<ChartValue> values = new ArrayList<>();
        travel(values, "Before", impact.travelBefore());
        travel(values, "After", impact.travelAfter());
        return SvgCharts.groupedBar(new BarChart("impact-travel-chart", TRAVEL_TITLE, "Journey", "Minutes", values));
    }

    static String costs(Impact.Costs costs) {
        List<ChartValue> values = new ArrayList<>();
        cost(values, "Before", costs.servicesBefore(), costs.outOfAreaBefore(), costs.transportBefore());
        cost(values, "After", costs.servicesAfter(), costs.outOfAreaAfter(), costs.transportAfter());
        return SvgCharts.groupedBar(new BarChart("impact-costs-chart", COSTS_TITLE, "Cost", "Pounds a year", values));
    }

    private static String bars(String id, String title, String axis, String unit, List<CountRow> rows, Viewer viewer) {
        List<ChartValue> values = rows.stream()
                .map(row -> new ChartValue("Children", row.label(), viewer.chartValue(row.children())))
                .toList();
        return SvgCharts.groupedBar(new BarChart(id, title, axis, unit, values));
    }

    private static void travel(List<ChartValue> values, String series, Impact.Travel travel) {
        values.add(new ChartValue(series, "Median", travel == null ? null : travel.medianMinutes()));
        values.add(new ChartValue(series, "90th percentile", travel == null ? null : travel.p90Minutes()));
        values.add(new ChartValue(series, "Longest", travel == null ? null : travel.maxMinutes()));
    }

    private static void cost(List<ChartValue> values, String series, BigDecimal... parts) {
        String[] names = {"Local services", "Out of area placements", "Transport"};
        for (int i = 0; i < parts.length; i++) {
            values.add(new ChartValue(series, names[i], parts[i] == null ? null : parts[i].doubleValue()));
        }
    }
}
