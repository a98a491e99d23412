package org.provisionlens.dashboards.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.ChartValue;
import org.provisionlens.dashboards.review.ReviewLabels;

/** The pack's two charts, each drawn from the numbers of its table. */
final class BoardCharts {

    static final List<String> DOMAINS = List.of("HEALTH", "SOCIAL_CARE");
    static final List<String> VERDICTS = List.of("insufficient", "at_risk", "sufficient", "no_data");

    private BoardCharts() {}

    /** The LA's single need and age band cells of health and of social care, by verdict. */
    static Figure verdicts(Map<String, Map<String, Integer>> counts, String laName) {
        List<ChartValue> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (String domain : DOMAINS) {
            Map<String, Integer> byVerdict = counts.getOrDefault(domain, Map.of());
            List<String> row = new ArrayList<>(List.of(ReviewLabels.coded(domain)));
            int total = 0;
            for (String verdict : VERDICTS) {
                int cells = byVerdict.getOrDefault(verdict, 0);
                total += cells;
                values.add(ChartValue.of(verdictLabel(verdict), ReviewLabels.coded(domain), cells));
                row.add(Integer.toString(cells));
            }
            row.add(Integer.toString(total));
            rows.add(row);
            sentences.add(total + " " + ReviewLabels.coded(domain).toLowerCase(java.util.Locale.ROOT)
                    + (total == 1 ? " cell, " : " cells, ")
                    + byVerdict.getOrDefault("insufficient", 0) + " insufficient and "
                    + byVerdict.getOrDefault("at_risk", 0) + " at risk");
        }
        String title = "Health and social care cells in " + laName + " by verdict (single needs and age bands)";
        List<String> headers = new ArrayList<>(List.of("Domain"));
        VERDICTS.forEach(v -> headers.add(verdictLabel(v)));
        headers.add("Cells");
        return new Figure(
                new BarChart("board-verdicts-chart", title, "Domain", "Cells", values),
                laName + " has " + String.join("; and ", sentences) + ".",
                headers,
                rows);
    }

    /** The share waiting more than 18 weeks in the ICB and in England, by therapy, the largest first. */
    static Figure waits(List<TherapyWait> waits, String icbTitle, String month) {
        List<ChartValue> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (TherapyWait wait : waits) {
            values.add(new ChartValue(
                    icbTitle, wait.therapy().label(), wait.latest().percentOver18Weeks()));
            values.add(new ChartValue(
                    "England",
                    wait.therapy().label(),
                    wait.england() == null ? null : wait.england().percentOver18Weeks()));
            rows.add(List.of(
                    wait.therapy().label(),
                    wait.row().icbPercentText(),
                    wait.row().englandPercentText()));
        }
        String title = "Children waiting more than 18 weeks, " + month + ": " + icbTitle + " and England";
        String summary = waits.isEmpty()
                ? "No NHS community waits are held."
                : "The longest waits are for " + waits.get(0).therapy().label().toLowerCase(java.util.Locale.ROOT)
                        + ": "
                        + waits.get(0).row().icbPercentText() + " of those waiting in " + icbTitle
                        + " had waited more than 18 weeks in " + month + " (England "
                        + waits.get(0).row().englandPercentText() + ").";
        return new Figure(
                new BarChart("board-waits-chart", title, "Therapy", "% of the waiting list", values),
                summary,
                List.of("Therapy", icbTitle + ": % more than 18 weeks", "England: % more than 18 weeks"),
                rows);
    }

    static String verdictLabel(String verdict) {
        return switch (verdict) {
            case "insufficient" -> "Insufficient";
            case "at_risk" -> "At risk";
            case "sufficient" -> "Sufficient";
            default -> "No data";
        };
    }
}
