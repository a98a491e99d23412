package org.provisionlens.dashboards.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.ChartValue;
import org.provisionlens.core.charts.SvgCharts;
import org.provisionlens.core.forecast.BacktestSummary;

/**
 * The back-test of a run: per model, a summary across local authorities (median and mean error and the share of
 * actual figures inside each interval, from core's {@link BacktestSummary}), and the histogram of the errors with its
 * table.
 */
record Backtest(List<Summary> summaries, List<BacktestRow> rows, List<Bin> bins) {

    static final String CHART_ID = "backtest-chart";
    static final String CHART_TITLE = "Local authorities by forecast error on the test years";
    /** Lower edges of the histogram's bins, in percentage points; the last bin is open. */
    static final int[] EDGES = {0, 5, 10, 15, 20, 25, 30};

    /** One model across local authorities. */
    record Summary(
            String model,
            int authorities,
            double medianMape,
            double meanMape,
            int points,
            int within80,
            int within95,
            int chosenFor,
            int lastFitYear,
            String testYears) {

        public String label() {
            return modelLabel(model);
        }

        public long within80Pct() {
            return points == 0 ? 0 : Math.round(100.0 * within80 / points);
        }

        public long within95Pct() {
            return points == 0 ? 0 : Math.round(100.0 * within95 / points);
        }

        public String sentence() {
            return String.format(
                    Locale.UK,
                    "Fitted on the years up to %d and tested on %s across %d English local %s, the %s's forecasts were"
                            + " off by a median of %.1f%% (mean %.1f%%); %d%% of the actual figures fell inside the"
                            + " 80%% interval and %d%% inside the 95%% interval.",
                    lastFitYear,
                    testYears,
                    authorities,
                    authorities == 1 ? "authority" : "authorities",
                    label(),
                    medianMape,
                    meanMape,
                    within80Pct(),
                    within95Pct());
        }
    }

    /** One bar group of the histogram: how many local authorities of each model had an error in the bin. */
    record Bin(String label, List<Integer> counts) {}

    static Backtest of(List<BacktestRow> rows) {
        Map<String, List<BacktestRow>> byModel = new LinkedHashMap<>();
        rows.forEach(row ->
                byModel.computeIfAbsent(row.model(), m -> new ArrayList<>()).add(row));
        List<Summary> summaries = new ArrayList<>();
        byModel.forEach((model, modelRows) -> summaries.add(summary(model, modelRows)));
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < EDGES.length; b++) {
            List<Integer> counts = new ArrayList<>();
            for (List<BacktestRow> modelRows : byModel.values()) {
                int bin = b;
                counts.add((int) modelRows.stream()
                        .filter(r -> binOf(r.mape().doubleValue()) == bin)
                        .count());
            }
            bins.add(new Bin(binLabel(b), List.copyOf(counts)));
        }
        return new Backtest(List.copyOf(summaries), List.copyOf(rows), List.copyOf(bins));
    }

    /** The model's summary across its rows: the statistics from core's {@link BacktestSummary}. */
    static Summary summary(String model, List<BacktestRow> rows) {
        BacktestSummary summary = BacktestSummary.of(
                model,
                rows.stream()
                        .map(r -> new BacktestSummary.Line(
                                model, r.mape().doubleValue(), r.points(), r.within80(), r.within95()))
                        .toList());
        BacktestRow first = rows.get(0);
        return new Summary(
                model,
                summary.series(),
                summary.medianMape(),
                summary.meanMape(),
                summary.points(),
                summary.within80(),
                summary.within95(),
                (int) rows.stream().filter(BacktestRow::chosen).count(),
                first.lastFitYear(),
                first.testYears());
    }

    static int binOf(double mape) {
        for (int b = EDGES.length - 1; b >= 0; b--) {
            if (mape >= EDGES[b]) {
                return b;
            }
        }
        return 0;
    }

    static String binLabel(int bin) {
        return bin == EDGES.length - 1 ? EDGES[bin] + "% or more" : EDGES[bin] + "% to under " + EDGES[bin + 1] + "%";
    }

    /** "LOG_LINEAR" is "log-linear trend", "LINEAR" is "linear trend". */
    static String modelLabel(String model) {
        if (model == null) {
            return "model";
        }
        return switch (model.toUpperCase(Locale.ROOT)) {
            case "LINEAR" -> "linear trend";
            case "LOG_LINEAR", "LOGLINEAR", "LOG-LINEAR" -> "log-linear trend";
            default -> model.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    public List<String> models() {
        return summaries.stream().map(Summary::label).toList();
    }

    String svg() {
        List<ChartValue> values = new ArrayList<>();
        for (Bin bin : bins) {
            for (int m = 0; m < summaries.size(); m++) {
                values.add(ChartValue.of(
                        summaries.get(m).label(), bin.label(), bin.counts().get(m)));
            }
        }
        return SvgCharts.groupedBar(
                new BarChart(CHART_ID, CHART_TITLE, "Mean absolute percentage error", "Local authorities", values));
    }
}
