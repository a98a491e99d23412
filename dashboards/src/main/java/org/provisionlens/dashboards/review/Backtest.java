package org.provisionlens.dashboards.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.ChartValue;
import org.provisionlens.core.charts.SvgCharts;
import org.provisionlens.core.forecast.BacktestTable;
import org.provisionlens.core.forecast.ForecastModel;

/**
 * The rolling-origin back-test of a run: per model, its median and mean error and interval coverage at each origin (all
 * horizons together), the mean of its medians and its coverage pooled over the origins (core's
 * {@link BacktestTable.Score}), which model was chosen and why, and the data breaks left out.
 */
record Backtest(List<Integer> origins, List<Line> lines, List<BacktestRow> rows, List<BreakRow> breaks) {

    static final String CHART_ID = "backtest-chart";
    static final String CHART_TITLE = "Median forecast error of each model, by origin";

    /** One model at one origin, as the page writes it. */
    record Cell(String median, String mean, String within80, String within95) {

        static final Cell NONE = new Cell("", "", "", "");
    }

    /** The chosen model at one horizon: a cell per origin. */
    record HorizonLine(int horizon, List<Cell> cells) {}

    private static Cell cell(BacktestRow r) {
        return new Cell(
                r.medianError().setScale(2, java.math.RoundingMode.HALF_UP) + "%",
                r.meanError().setScale(2, java.math.RoundingMode.HALF_UP) + "%",
                Numbers.percent(100 * r.coverage80()),
                Numbers.percent(100 * r.coverage95()));
    }

    /** The chosen model's errors and coverage by horizon (1, 2, 3 years ahead) at each origin. */
    public List<HorizonLine> chosenByHorizon() {
        List<BacktestRow> chosenRows = rows.stream()
                .filter(r -> r.chosen() && r.horizon() != BacktestTable.ALL_HORIZONS)
                .toList();
        return chosenRows.stream()
                .map(BacktestRow::horizon)
                .distinct()
                .sorted()
                .map(h -> new HorizonLine(
                        h,
                        origins.stream()
                                .map(origin -> chosenRows.stream()
                                        .filter(r -> r.horizon() == h && r.origin() == origin)
                                        .findFirst()
                                        .map(Backtest::cell)
                                        .orElse(Cell.NONE))
                                .toList()))
                .toList();
    }

    /** One model over the origins. */
    record Line(String model, List<Cell> cells, BacktestTable.Score score, boolean chosen, String weights) {

        public String label() {
            return modelLabel(model);
        }

        public String meanMedianText() {
            return String.format(Locale.UK, "%.2f%%", score.meanMedianError());
        }

        public String within80Text() {
            return Numbers.percent(100 * score.coverage80());
        }

        public String within95Text() {
            return Numbers.percent(100 * score.coverage95());
        }

        public boolean holds() {
            return score.holds();
        }
    }

    static Backtest of(List<BacktestRow> rows, List<BreakRow> breaks) {
        List<BacktestRow> all = rows.stream()
                .filter(r -> r.horizon() == BacktestTable.ALL_HORIZONS)
                .toList();
        List<Integer> origins =
                all.stream().map(BacktestRow::origin).distinct().sorted().toList();
        Map<String, List<BacktestRow>> byModel = new LinkedHashMap<>();
        all.forEach(
                r -> byModel.computeIfAbsent(r.model(), m -> new ArrayList<>()).add(r));
        List<Line> lines = new ArrayList<>();
        byModel.forEach((model, list) -> lines.add(line(model, origins, list)));
        return new Backtest(origins, List.copyOf(lines), List.copyOf(rows), List.copyOf(breaks));
    }

    private static Line line(String model, List<Integer> origins, List<BacktestRow> rows) {
        List<Cell> cells = new ArrayList<>();
        StringBuilder weights = new StringBuilder();
        for (int origin : origins) {
            Optional<BacktestRow> row =
                    rows.stream().filter(r -> r.origin() == origin).findFirst();
            cells.add(row.map(Backtest::cell).orElse(Cell.NONE));
            row.filter(r -> r.blendWeight() != null)
                    .ifPresent(r -> weights.append(weights.isEmpty() ? "" : ", ")
                            .append(origin)
                            .append(": ")
                            .append(r.blendWeight().stripTrailingZeros().toPlainString()));
        }
        BacktestTable.Score score = new BacktestTable.Score(
                known(model).orElse(null),
                rows.stream()
                        .mapToDouble(r -> r.medianError().doubleValue())
                        .average()
                        .orElse(Double.NaN),
                rows.stream().mapToInt(BacktestRow::points).sum(),
                rows.stream().mapToInt(BacktestRow::within80).sum(),
                rows.stream().mapToInt(BacktestRow::within95).sum());
        return new Line(
                model, List.copyOf(cells), score, rows.stream().anyMatch(BacktestRow::chosen), weights.toString());
    }

    /** The model the run's forecasts use. */
    public Optional<Line> chosen() {
        return lines.stream().filter(Line::chosen).findFirst();
    }

    /** Why that model: the rule, and its figures against naive drift's. */
    public String why() {
        Optional<Line> chosen = chosen();
        if (chosen.isEmpty()) {
            return "No model is marked as chosen in this run.";
        }
        Line line = chosen.get();
        String rule = line.holds()
                ? "Among the models whose intervals held what they claim over the origins (80% intervals holding"
                        + " 77-83% of the actual figures, 95% intervals 92-97%), it had the lowest mean over origins of"
                        + " the median error"
                : "No model's intervals held what they claim over the origins (80% intervals holding 77-83% of the"
                        + " actual figures, 95% intervals 92-97%), so the model with the lowest mean over origins of the"
                        + " median error is used";
        StringBuilder why = new StringBuilder(String.format(
                Locale.UK,
                "The forecasts use the %s. %s: %s. Its 80%% intervals held %s of the actual figures and its 95%%"
                        + " intervals %s.",
                line.label(),
                rule,
                line.meanMedianText(),
                line.within80Text(),
                line.within95Text()));
        lines.stream()
                .filter(l -> l.model().equals(ForecastModel.NAIVE_DRIFT.name()) && l != line)
                .findFirst()
                .ifPresent(drift -> why.append(String.format(
                        Locale.UK,
                        " Naive drift's mean of medians was %s: the chosen model's is %.1f%% lower.",
                        drift.meanMedianText(),
                        100
                                * (1
                                        - line.score().meanMedianError()
                                                / drift.score().meanMedianError()))));
        if (!line.weights().isEmpty()) {
            why.append(" Its weight on the LA's own growth, chosen at each origin from the years before it: ")
                    .append(line.weights())
                    .append('.');
        }
        return why.toString();
    }

    /** "2022 (150 of 150 LAs)": the origin, the LAs scored and the LAs with the years to be forecast. */
    public List<String> originHeaders() {
        return origins.stream()
                .map(origin -> rows.stream()
                        .filter(r -> r.origin() == origin && r.horizon() == BacktestTable.ALL_HORIZONS)
                        .findFirst()
                        .map(r -> origin + " (" + r.las() + " of " + r.eligible() + " LAs)")
                        .orElse(String.valueOf(origin)))
                .toList();
    }

    static Optional<ForecastModel> known(String model) {
        try {
            return Optional.of(ForecastModel.valueOf(model));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The model in words: core's label, or the code when the model is not known. */
    static String modelLabel(String model) {
        return known(model)
                .map(ForecastModel::label)
                .orElse(model == null ? "model" : model.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    String svg() {
        List<ChartValue> values = new ArrayList<>();
        for (Line line : lines) {
            for (int i = 0; i < origins.size(); i++) {
                int origin = origins.get(i);
                Double median = rows.stream()
                        .filter(r -> r.model().equals(line.model())
                                && r.origin() == origin
                                && r.horizon() == BacktestTable.ALL_HORIZONS)
                        .findFirst()
                        .map(r -> r.medianError().doubleValue())
                        .orElse(null);
                values.add(new ChartValue(line.label(), String.valueOf(origin), median));
            }
        }
        return SvgCharts.groupedBar(
                new BarChart(CHART_ID, CHART_TITLE, "Origin (fitted to the January of)", "Median error (%)", values));
    }
}
