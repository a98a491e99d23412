package org.provisionlens.dashboards.audit;

import java.util.ArrayList;
import java.util.List;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.ChartValue;
import org.provisionlens.core.charts.SvgCharts;
import org.provisionlens.dashboards.PublishedRun;

/** The audit of a published run; the overall score is the mean of the category scores, rounded (null: none). */
record AuditReport(
        PublishedRun run,
        List<CategoryRow> categories,
        List<FixRow> fixes,
        List<UnlistedRow> unlisted,
        List<ServiceGaps> gaps) {

    static final String CHART_ID = "audit-chart";
    static final String CHART_TITLE = "Schedule 2 completeness score by paragraph";

    public Long overallScore() {
        if (categories.isEmpty()) {
            return null;
        }
        return Math.round(
                categories.stream().mapToInt(CategoryRow::score).average().orElse(0));
    }

    String svg() {
        List<ChartValue> values = new ArrayList<>();
        for (CategoryRow row : categories) {
            values.add(ChartValue.of("Score", row.paragraphText(), row.score()));
        }
        return SvgCharts.groupedBar(
                new BarChart(CHART_ID, CHART_TITLE, "Schedule 2 paragraph", "Score (0-100)", values));
    }
}
