package org.provisionlens.dashboards.services;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.ChartValue;
import org.provisionlens.core.charts.SvgCharts;

/**
 * Services by domain (rows: every domain, then "Not recorded") and tier (columns: every tier, then "Not recorded"):
 * the table under the chart, which stacks exactly these numbers.
 */
record DomainTierTable(List<String> columns, List<Line> lines) {

    static final String CHART_ID = "domain-tier-chart";
    static final String TITLE = "Services by domain and tier";

    record Line(String domain, List<Integer> counts) {

        Line {
            counts = List.copyOf(counts);
        }
    }

    /** One count of the grouping query: a {@code null} domain or tier is not recorded. */
    record Count(String domain, String tier, int services) {}

    DomainTierTable {
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
    }

    static DomainTierTable of(List<Count> counts) {
        Map<String, Integer> byCell = new HashMap<>();
        for (Count count : counts) {
            byCell.merge(key(count.domain(), count.tier()), count.services(), Integer::sum);
        }
        List<String> domains = withNotRecorded(Labels.DOMAINS);
        List<String> tiers = withNotRecorded(Labels.TIERS);
        List<Line> lines = new ArrayList<>();
        for (String domain : domains) {
            List<Integer> cells = new ArrayList<>();
            for (String tier : tiers) {
                cells.add(byCell.getOrDefault(key(domain, tier), 0));
            }
            lines.add(new Line(Labels.coded(domain), cells));
        }
        return new DomainTierTable(tiers.stream().map(Labels::coded).toList(), lines);
    }

    BarChart chart() {
        List<ChartValue> values = new ArrayList<>();
        for (Line line : lines) {
            for (int i = 0; i < columns.size(); i++) {
                values.add(ChartValue.of(
                        columns.get(i), line.domain(), line.counts().get(i)));
            }
        }
        return new BarChart(CHART_ID, TITLE, "Domain", "Services", values);
    }

    String svg() {
        return SvgCharts.stackedBar(chart());
    }

    private static List<String> withNotRecorded(List<String> codes) {
        List<String> all = new ArrayList<>(codes);
        all.add(null);
        return all;
    }

    private static String key(String domain, String tier) {
        return domain + "|" + tier;
    }
}
