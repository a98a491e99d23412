package org.provisionlens.dashboards.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.ChartValue;
import org.provisionlens.core.charts.SvgCharts;
import org.provisionlens.core.comments.publication.StanceCounts;

/** The charts of the comments pages, drawn from exactly the numbers of the tables shown with them. */
final class CommentCharts {

    static final String STANCE_TITLE = "What people said about each theme";
    static final String TRENDS_TITLE = "Comments on each theme by year";

    private CommentCharts() {}

    /** Unhappy, happy and mixed stacked per theme; suppressed counts draw nothing. */
    static BarChart stanceChart(List<ThemeSummary> themes) {
        List<ChartValue> values = new ArrayList<>();
        for (ThemeSummary t : themes) {
            StanceCounts c = t.counts();
            values.add(ChartValue.of("Unhappy", t.label(), c.chartValue(1, c.negative())));
            values.add(ChartValue.of("Happy", t.label(), c.chartValue(0, c.positive())));
            values.add(ChartValue.of("Mixed views", t.label(), c.chartValue(2, c.mixed())));
        }
        return new BarChart("stance-chart", STANCE_TITLE, "Theme", "Comments", values);
    }

    static String stanceSvg(List<ThemeSummary> themes) {
        return SvgCharts.stackedBar(stanceChart(themes));
    }

    /** One bar per year within each theme. */
    static String trendsSvg(Trends trends) {
        List<ChartValue> values = new ArrayList<>();
        for (Trends.Line line : trends.lines()) {
            for (Map.Entry<String, Integer> cell : line.counts().entrySet()) {
                values.add(ChartValue.of(cell.getKey(), line.label(), cell.getValue()));
            }
        }
        return SvgCharts.groupedBar(new BarChart("trends-chart", TRENDS_TITLE, "Theme", "Comments", values));
    }
}
