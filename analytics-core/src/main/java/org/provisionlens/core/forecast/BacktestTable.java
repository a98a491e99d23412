package org.provisionlens.core.forecast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The back-test summarised: one row per model x origin x horizon (horizon 0: all horizons, each LA's error the mean of
 * its absolute percentage errors over its horizons), with the median and mean across LAs and how many actual figures
 * fell inside the 80% and 95% intervals. Intervals are scored leave-origin-out: an origin's forecasts get intervals
 * from the errors of the same model at the other origins ({@link ErrorQuantiles}), never from their own.
 *
 * <p>The model is chosen by a rule: among the models whose intervals hold what they claim pooled over the origins (80%
 * intervals holding 77-83% of the actual figures, 95% intervals 92-97%), the lowest mean over origins of the median
 * error; if no model's intervals hold, the lowest mean over origins of the median error of all.
 */
public record BacktestTable(List<Row> rows, List<Score> scores, ForecastModel chosen) {

    public static final double LOW_80 = 0.77;
    public static final double HIGH_80 = 0.83;
    public static final double LOW_95 = 0.92;
    public static final double HIGH_95 = 0.97;

    /** Horizon of the rows over all horizons. */
    public static final int ALL_HORIZONS = 0;

    /**
     * @param weight the blended model's weight on own growth at the origin, else null
     */
    public record Row(
            ForecastModel model,
            int origin,
            int horizon,
            int las,
            int points,
            double medianError,
            double meanError,
            int within80,
            int within95,
            Double weight) {

        public double coverage80() {
            return points == 0 ? Double.NaN : (double) within80 / points;
        }

        public double coverage95() {
            return points == 0 ? Double.NaN : (double) within95 / points;
        }
    }

    /** A model over every origin: the mean of its median errors, and its coverage pooled over the origins. */
    public record Score(ForecastModel model, double meanMedianError, int points, int within80, int within95) {

        public double coverage80() {
            return points == 0 ? Double.NaN : (double) within80 / points;
        }

        public double coverage95() {
            return points == 0 ? Double.NaN : (double) within95 / points;
        }

        /** Whether the intervals hold what they claim (77-83% and 92-97%). */
        public boolean holds() {
            return coverage80() >= LOW_80
                    && coverage80() <= HIGH_80
                    && coverage95() >= LOW_95
                    && coverage95() <= HIGH_95;
        }
    }

    public static BacktestTable of(RollingBacktest.Result result) {
        List<Row> rows = new ArrayList<>();
        for (ForecastModel model : ForecastModel.values()) {
            List<RollingBacktest.Point> own =
                    result.points().stream().filter(p -> p.model() == model).toList();
            for (int origin : result.origins()) {
                int o = origin;
                List<RollingBacktest.Point> at =
                        own.stream().filter(p -> p.origin() == o).toList();
                if (at.isEmpty()) {
                    continue;
                }
                ErrorQuantiles others = ErrorQuantiles.of(
                        own.stream().filter(p -> p.origin() != o).toList());
                Double weight = result.weights().getOrDefault(model, Map.of()).get(origin);
                rows.add(row(model, origin, ALL_HORIZONS, at, others, weight));
                at.stream()
                        .map(RollingBacktest.Point::horizon)
                        .distinct()
                        .sorted()
                        .forEach(h -> rows.add(row(
                                model,
                                o,
                                h,
                                at.stream().filter(p -> p.horizon() == h).toList(),
                                others,
                                weight)));
            }
        }
        List<Score> scores = scores(rows);
        return new BacktestTable(List.copyOf(rows), scores, choose(scores));
    }

    private static Row row(
            ForecastModel model,
            int origin,
            int horizon,
            List<RollingBacktest.Point> points,
            ErrorQuantiles others,
            Double weight) {
        Map<String, List<RollingBacktest.Point>> byLa = points.stream()
                .collect(Collectors.groupingBy(RollingBacktest.Point::la, LinkedHashMap::new, Collectors.toList()));
        double[] errors = byLa.values().stream()
                .mapToDouble(list -> list.stream()
                        .mapToDouble(RollingBacktest.Point::percentError)
                        .average()
                        .orElseThrow())
                .toArray();
        boolean canScore = !others.byHorizon().isEmpty();
        int within80 = canScore
                ? (int) points.stream().filter(p -> others.holds(p, true)).count()
                : 0;
        int within95 = canScore
                ? (int) points.stream().filter(p -> others.holds(p, false)).count()
                : 0;
        return new Row(
                model,
                origin,
                horizon,
                byLa.size(),
                points.size(),
                new Median().evaluate(errors),
                StatUtils.mean(errors),
                within80,
                within95,
                weight);
    }

    static List<Score> scores(List<Row> rows) {
        Map<ForecastModel, List<Row>> byModel = new EnumMap<>(ForecastModel.class);
        rows.stream()
                .filter(r -> r.horizon() == ALL_HORIZONS)
                .forEach(r -> byModel.computeIfAbsent(r.model(), m -> new ArrayList<>())
                        .add(r));
        List<Score> scores = new ArrayList<>();
        byModel.forEach((model, list) -> scores.add(new Score(
                model,
                list.stream().mapToDouble(Row::medianError).average().orElseThrow(),
                list.stream().mapToInt(Row::points).sum(),
                list.stream().mapToInt(Row::within80).sum(),
                list.stream().mapToInt(Row::within95).sum())));
        return List.copyOf(scores);
    }

    static ForecastModel choose(List<Score> scores) {
        Comparator<Score> byError = Comparator.comparingDouble(Score::meanMedianError);
        return scores.stream()
                .filter(Score::holds)
                .min(byError)
                .or(() -> scores.stream().min(byError))
                .map(Score::model)
                .orElse(ForecastModel.NATIONAL_GROWTH);
    }

    /** The model's score. */
    public Optional<Score> score(ForecastModel model) {
        return scores.stream().filter(s -> s.model() == model).findFirst();
    }

    /** The row of a model at an origin and horizon. */
    public Optional<Row> row(ForecastModel model, int origin, int horizon) {
        return rows.stream()
                .filter(r -> r.model() == model && r.origin() == origin && r.horizon() == horizon)
                .findFirst();
    }

    /**
     * The table models x origins in Markdown, as the README shows it: each origin's median error (mean error) in
     * percent, headed by the LAs scored there; the mean of the medians; the coverage pooled over the origins.
     */
    public String markdown() {
        List<Integer> origins = rows.stream()
                .filter(r -> r.horizon() == ALL_HORIZONS)
                .map(Row::origin)
                .distinct()
                .sorted()
                .toList();
        StringBuilder out = new StringBuilder("| Model |");
        for (int origin : origins) {
            rows.stream()
                    .filter(r -> r.origin() == origin && r.horizon() == ALL_HORIZONS)
                    .findFirst()
                    .ifPresent(r -> out.append(String.format(Locale.UK, " %d (%d LAs) |", origin, r.las())));
        }
        out.append(" Mean of medians | 80% held | 95% held |\n|---|")
                .append("---:|".repeat(origins.size() + 3))
                .append('\n');
        for (Score score : scores) {
            ForecastModel model = score.model();
            String cells = origins.stream()
                    .map(origin -> row(model, origin, ALL_HORIZONS)
                            .map(r -> String.format(Locale.UK, "%.2f (%.2f)", r.medianError(), r.meanError()))
                            .orElse(""))
                    .collect(Collectors.joining(" | "));
            out.append(String.format(
                    Locale.UK,
                    "| %s%s | %s | %.2f | %.1f%% | %.1f%% |\n",
                    model.label(),
                    model == chosen ? " **(chosen)**" : "",
                    cells,
                    score.meanMedianError(),
                    100 * score.coverage80(),
                    100 * score.coverage95()));
        }
        return out.toString();
    }
}
