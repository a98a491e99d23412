package org.provisionlens.core.forecast;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One model's back-test summarised across series (local authorities): the median and mean of their mean absolute
 * percentage errors, and how many of the test points fell inside each interval. Jobs choose the forecast model by the
 * median; the dashboards show the summary. Built from a Tablesaw data frame of one line per series and model.
 *
 * @param model the model's name ({@link TrendModel#name()})
 * @param series how many series (local authorities) were back-tested
 * @param medianMape the median of their errors, in percent ({@code NaN} with no series)
 * @param meanMape the mean of their errors, in percent ({@code NaN} with no series)
 * @param points test points across the series
 * @param within80 of those, inside the 80% interval
 * @param within95 of those, inside the 95% interval
 */
public record BacktestSummary(
        String model, int series, double medianMape, double meanMape, int points, int within80, int within95) {

    /** One series' back-test of one model: as jobs compute it, and as the dashboards read it back. */
    public record Line(String model, double mape, int points, int within80, int within95) {}

    private static final String MODEL = "model";
    private static final String MAPE = "mape";
    private static final String POINTS = "points";
    private static final String WITHIN_80 = "within80";
    private static final String WITHIN_95 = "within95";

    /** Share of test points inside the 80% interval, 0-1 ({@code NaN} with no points). */
    public double coverage80() {
        return points == 0 ? Double.NaN : (double) within80 / points;
    }

    /** Share of test points inside the 95% interval, 0-1 ({@code NaN} with no points). */
    public double coverage95() {
        return points == 0 ? Double.NaN : (double) within95 / points;
    }

    /** One summary per model, in the order the models first appear. */
    public static List<BacktestSummary> byModel(List<Line> lines) {
        Table table = frame(lines);
        List<BacktestSummary> summaries = new ArrayList<>();
        for (String model : new LinkedHashSet<>(table.stringColumn(MODEL).asList())) {
            summaries.add(summary(model, table.where(table.stringColumn(MODEL).isEqualTo(model))));
        }
        return List.copyOf(summaries);
    }

    /** The summary of {@code model} over its lines (every line is taken as the model's). */
    public static BacktestSummary of(String model, List<Line> lines) {
        return summary(model, frame(lines));
    }

    private static BacktestSummary summary(String model, Table lines) {
        DoubleColumn mape = lines.doubleColumn(MAPE);
        boolean none = lines.isEmpty();
        return new BacktestSummary(
                model,
                lines.rowCount(),
                none ? Double.NaN : mape.median(),
                none ? Double.NaN : mape.mean(),
                (int) lines.intColumn(POINTS).sum(),
                (int) lines.intColumn(WITHIN_80).sum(),
                (int) lines.intColumn(WITHIN_95).sum());
    }

    private static Table frame(List<Line> lines) {
        return Table.create(
                "backtest",
                StringColumn.create(MODEL, lines.stream().map(Line::model)),
                DoubleColumn.create(MAPE, lines.stream().mapToDouble(Line::mape)),
                IntColumn.create(POINTS, lines.stream().mapToInt(Line::points)),
                IntColumn.create(WITHIN_80, lines.stream().mapToInt(Line::within80)),
                IntColumn.create(WITHIN_95, lines.stream().mapToInt(Line::within95)));
    }
}
