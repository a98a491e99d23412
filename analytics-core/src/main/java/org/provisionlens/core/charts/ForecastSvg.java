package org.provisionlens.core.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Draws a {@link ForecastChart}: the 95% band, the 80% band over it, then the actual and forecast lines on top. */
final class ForecastSvg {

    static final Color ACTUAL = new Color(0x1d70b8); // GOV.UK blue
    static final Color FORECAST = new Color(0x003078); // GOV.UK dark blue
    static final Color BAND = new Color(0x5694ca); // GOV.UK light blue
    static final float ALPHA_95 = 0.2f;
    static final float ALPHA_80 = 0.4f;
    static final Stroke SOLID = new BasicStroke(2.5f);
    static final Stroke DASHED =
            new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f);
    private static final Shape MARKER = new Ellipse2D.Double(-4, -4, 8, 8);

    private ForecastSvg() {}

    static String draw(ForecastChart chart) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        NumberAxis years = new NumberAxis("Year");
        years.setAutoRangeIncludesZero(false);
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberFormat plain = NumberFormat.getIntegerInstance(Locale.UK);
        plain.setGroupingUsed(false);
        years.setNumberFormatOverride(plain);
        NumberAxis values = new NumberAxis(chart.valueAxisLabel());
        for (NumberAxis axis : List.of(years, values)) {
            axis.setTickLabelFont(font);
            axis.setLabelFont(font);
            axis.setTickLabelPaint(SvgCharts.TEXT);
        }

        XYPlot plot = new XYPlot();
        plot.setDomainAxis(years);
        plot.setRangeAxis(values);
        plot.setDataset(0, band(chart, "95% interval", ForecastPoint::has95, true));
        plot.setRenderer(0, bandRenderer(ALPHA_95));
        plot.setDataset(1, band(chart, "80% interval", ForecastPoint::has80, false));
        plot.setRenderer(1, bandRenderer(ALPHA_80));
        plot.setDataset(2, lines(chart));
        plot.setRenderer(2, lineRenderer());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(SvgCharts.GRID);
        plot.setDomainGridlinesVisible(false);
        plot.setFixedLegendItems(legend());

        JFreeChart jfree = new JFreeChart(null, font, plot, true);
        jfree.setBackgroundPaint(Color.WHITE);
        TextTitle title = new TextTitle(chart.title(), font.deriveFont(Font.BOLD, 16f));
        title.setPaint(SvgCharts.TEXT);
        jfree.setTitle(title);
        LegendTitle legend = jfree.getLegend();
        legend.setItemFont(font);
        legend.setItemPaint(SvgCharts.TEXT);
        legend.setFrame(BlockBorder.NONE);

        SVGGraphics2D svg = new SVGGraphics2D(SvgCharts.WIDTH, SvgCharts.HEIGHT);
        jfree.draw(svg, new Rectangle(0, 0, SvgCharts.WIDTH, SvgCharts.HEIGHT));
        String element =
                svg.getSVGElement(chart.id(), false, new ViewBox(0, 0, SvgCharts.WIDTH, SvgCharts.HEIGHT), null, null);
        return SvgCharts.accessible(element, chart.id(), chart.title());
    }

    /** The interval as a band from the last actual value (zero width) through each forecast that has it. */
    private static YIntervalSeriesCollection band(
            ForecastChart chart, String name, Predicate<ForecastPoint> has, boolean wide) {
        YIntervalSeries series = new YIntervalSeries(name);
        List<ForecastPoint> actuals = chart.actuals();
        List<ForecastPoint> forecasts = chart.forecasts().stream().filter(has).toList();
        if (!forecasts.isEmpty() && !actuals.isEmpty()) {
            ForecastPoint last = actuals.get(actuals.size() - 1);
            series.add(last.year(), last.value(), last.value(), last.value());
        }
        for (ForecastPoint point : forecasts) {
            series.add(
                    point.year(),
                    point.value(),
                    wide ? point.low95() : point.low80(),
                    wide ? point.high95() : point.high80());
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(series);
        return dataset;
    }

    /** Actual values; forecasts joined to the last actual value so the dashed line carries on from it. */
    private static XYSeriesCollection lines(ForecastChart chart) {
        XYSeries actual = new XYSeries("Actual");
        XYSeries forecast = new XYSeries("Forecast");
        List<ForecastPoint> actuals = chart.actuals();
        actuals.forEach(point -> actual.add(point.year(), point.value()));
        if (!actuals.isEmpty() && !chart.forecasts().isEmpty()) {
            ForecastPoint last = actuals.get(actuals.size() - 1);
            forecast.add(last.year(), last.value());
        }
        chart.forecasts().forEach(point -> forecast.add(point.year(), point.value()));
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(actual);
        dataset.addSeries(forecast);
        return dataset;
    }

    private static DeviationRenderer bandRenderer(float alpha) {
        DeviationRenderer renderer = new DeviationRenderer(false, false);
        renderer.setAlpha(alpha);
        renderer.setSeriesFillPaint(0, BAND);
        renderer.setSeriesPaint(0, BAND);
        return renderer;
    }

    private static XYLineAndShapeRenderer lineRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, ACTUAL);
        renderer.setSeriesStroke(0, SOLID);
        renderer.setSeriesShape(0, MARKER);
        renderer.setSeriesPaint(1, FORECAST);
        renderer.setSeriesStroke(1, DASHED);
        renderer.setSeriesShapesVisible(1, false);
        return renderer;
    }

    private static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        Shape line = new Line2D.Double(-10, 0, 10, 0);
        items.add(new LegendItem(
                "Actual", null, null, null, true, MARKER, true, ACTUAL, false, ACTUAL, SOLID, true, line, SOLID,
                ACTUAL));
        items.add(new LegendItem(
                "Forecast",
                null,
                null,
                null,
                false,
                MARKER,
                false,
                FORECAST,
                false,
                FORECAST,
                DASHED,
                true,
                line,
                DASHED,
                FORECAST));
        items.add(new LegendItem("80% interval", blend(ALPHA_80)));
        items.add(new LegendItem("95% interval", blend(ALPHA_95)));
        return items;
    }

    /** The band colour as it shows over white at the given opacity. */
    private static Color blend(float alpha) {
        return new Color(
                Math.round(255 - alpha * (255 - BAND.getRed())),
                Math.round(255 - alpha * (255 - BAND.getGreen())),
                Math.round(255 - alpha * (255 - BAND.getBlue())));
    }
}
