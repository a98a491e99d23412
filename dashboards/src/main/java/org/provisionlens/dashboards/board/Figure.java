package org.provisionlens.dashboards.board;

import java.util.Base64;
import java.util.List;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.SvgCharts;

/**
 * A chart, the table of exactly its numbers, and a one-line summary of what it shows. The chart is inline SVG on the
 * page and a PNG image with the chart's title as its text alternative in the PDF (whose renderer draws no SVG).
 */
record Figure(BarChart chart, String summary, List<String> headers, List<List<String>> rows) {

    Figure {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public String svg() {
        return SvgCharts.groupedBar(chart);
    }

    public String png() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(SvgCharts.groupedBarPng(chart));
    }

    public String title() {
        return chart.title();
    }

    public String tableId() {
        return chart.id() + "-table";
    }
}
