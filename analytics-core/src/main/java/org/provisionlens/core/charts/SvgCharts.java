package org.provisionlens.core.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws bar charts as inline, accessible SVG: {@code <svg role="img" aria-labelledby="...">} with a {@code <title>},
 * scaled by its view box (no fixed size), in GOV.UK colours. Unknown values draw no bar. Runs headless.
 */
public final class SvgCharts {

    /** GOV.UK Design System colours, in the order series get them. */
    static final List<Color> PALETTE = List.of(
            new Color(0x1d70b8), // blue
            new Color(0xf47738), // orange
            new Color(0x00703c), // green
            new Color(0x4c2c92), // purple
            new Color(0xd53880), // pink
            new Color(0x28a197), // turquoise
            new Color(0xb58840), // brown
            new Color(0x505a5f), // dark grey
            new Color(0xd4351c), // red
            new Color(0x5694ca)); // light blue

    static final Color TEXT = new Color(0x0b0c0c);
    static final Color GRID = new Color(0xb1b4b6);
    static final int WIDTH = 760;
    static final int HEIGHT = 420;

    private SvgCharts() {}

    /** Bars of each series side by side within each category. */
    public static String groupedBar(BarChart chart) {
        BarRenderer renderer = new BarRenderer();
        renderer.setItemMargin(0.05);
        return render(chart, renderer);
    }

    /** The series stacked on one bar per category. */
    public static String stackedBar(BarChart chart) {
        return render(chart, new StackedBarRenderer());
    }

    /**
     * A yearly series and its forecast: the actual values as a solid line with markers, the forecasts as a dashed line
     * from the last actual value, and the 95% and 80% prediction intervals as shaded bands around it.
     */
    public static String forecast(ForecastChart chart) {
        return ForecastSvg.draw(chart);
    }

    /**
     * The series stacked on one bar per category, with another quantity (e.g. places) drawn over the bars as a line
     * with a marker per category, in black; an unknown value of the line draws no marker.
     */
    public static String stackedBarWithLine(BarChart chart, List<ChartValue> line) {
        return render(chart, new StackedBarRenderer(), line);
    }

    private static String render(BarChart chart, BarRenderer renderer) {
        return render(chart, renderer, List.of());
    }

    /**
     * Bars of each series side by side within each category, as a PNG image (for documents whose renderer draws no
     * SVG, such as the tagged PDFs); the page that shows it gives the chart's title as its text alternative.
     */
    public static byte[] groupedBarPng(BarChart chart) {
        BarRenderer renderer = new BarRenderer();
        renderer.setItemMargin(0.05);
        try {
            return org.jfree.chart.ChartUtils.encodeAsPNG(
                    build(chart, renderer, List.of()).createBufferedImage(WIDTH, HEIGHT));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String render(BarChart chart, BarRenderer renderer, List<ChartValue> line) {
        JFreeChart jfree = build(chart, renderer, line);
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        jfree.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        String element = svg.getSVGElement(chart.id(), false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
        return accessible(element, chart.id(), chart.title());
    }

    private static JFreeChart build(BarChart chart, BarRenderer renderer, List<ChartValue> line) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        CategoryAxis categoryAxis = new CategoryAxis(chart.categoryAxisLabel());
        categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        categoryAxis.setMaximumCategoryLabelLines(3);
        categoryAxis.setTickLabelFont(font);
        categoryAxis.setLabelFont(font);
        categoryAxis.setTickLabelPaint(TEXT);
        NumberAxis valueAxis = new NumberAxis(chart.valueAxisLabel());
        valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        valueAxis.setTickLabelFont(font);
        valueAxis.setLabelFont(font);
        valueAxis.setTickLabelPaint(TEXT);

        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < PALETTE.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE.get(i));
        }

        CategoryPlot plot = new CategoryPlot(dataset(chart.values()), categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        if (!line.isEmpty()) {
            LineAndShapeRenderer marks = new LineAndShapeRenderer(true, true);
            marks.setSeriesPaint(0, TEXT);
            marks.setSeriesStroke(0, new BasicStroke(3f));
            marks.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-5, -5, 10, 10));
            plot.setDataset(1, dataset(line));
            plot.setRenderer(1, marks);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }

        JFreeChart jfree = new JFreeChart(null, font, plot, true);
        jfree.setBackgroundPaint(Color.WHITE);
        TextTitle title = new TextTitle(chart.title(), font.deriveFont(Font.BOLD, 16f));
        title.setPaint(TEXT);
        jfree.setTitle(title);
        LegendTitle legend = jfree.getLegend();
        legend.setItemFont(font);
        legend.setItemPaint(TEXT);
        legend.setFrame(BlockBorder.NONE);
        return jfree;
    }

    static DefaultCategoryDataset dataset(List<ChartValue> values) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ChartValue value : values) {
            dataset.addValue(value.value(), value.series(), value.category());
        }
        return dataset;
    }

    /** Gives the SVG element an image role, a title that names it, and a class for the page's stylesheet. */
    static String accessible(String svgElement, String id, String title) {
        int start = svgElement.indexOf("<svg");
        int end = svgElement.indexOf('>', start);
        if (start < 0 || end < 0) {
            throw new IllegalStateException("JFreeSVG returned no <svg> element");
        }
        String titleId = id + "-title";
        String open = svgElement
                .substring(start, end)
                .replaceFirst("<svg", "<svg role=\"img\" aria-labelledby=\"" + titleId + "\" class=\"pl-chart\"");
        return svgElement.substring(0, start) + open + ">" + "<title id=\"" + titleId + "\">" + escape(title)
                + "</title>" + svgElement.substring(end + 1);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
