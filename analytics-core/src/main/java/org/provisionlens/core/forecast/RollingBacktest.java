package org.provisionlens.core.forecast;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The rolling-origin back-test: at each origin (a January), every model is fitted to the data up to that origin only
 * and predicts each eligible LA ({@link LaPanel#eligible}) 1 to {@code maxHorizon} years ahead, where the actual figure
 * exists, is above zero and is not a {@link DataBreaks data break}. The blended models' weight on own growth is chosen
 * at each origin from {@link #WEIGHTS} by the lowest median one-year-ahead error at the earlier origins, scored only
 * against years up to the origin: never on the years the origin is evaluated on.
 */
public final class RollingBacktest {

    /** The origins of the back-test: fit to January 2021, 2022, 2023, 2024. */
    public static final List<Integer> ORIGINS = List.of(2021, 2022, 2023, 2024);

    public static final int MAX_HORIZON = 3;

    /** The candidate weights on own growth of the blended models. */
    static final double[] WEIGHTS = {0, 0.25, 0.5, 0.75, 1};

    /** One forecast scored: {@code horizon} years after {@code origin}. */
    public record Point(ForecastModel model, int origin, int horizon, String la, double predicted, double actual) {

        /** log(actual / predicted): what the intervals are made of. */
        public double logError() {
            return Math.log(actual / predicted);
        }

        /** Absolute percentage error, in percent. */
        public double percentError() {
            return 100 * Math.abs(predicted - actual) / actual;
        }
    }

    /**
     * @param points every scored forecast
     * @param eligible per origin, how many LAs were forecast
     * @param weights per blended model and origin, the weight on own growth chosen
     * @param breaks the data breaks, not scored
     */
    public record Result(
            List<Integer> origins,
            List<Point> points,
            Map<Integer, Integer> eligible,
            Map<ForecastModel, Map<Integer, Double>> weights,
            List<DataBreaks.Break> breaks) {}

    private RollingBacktest() {}

    public static Result run(LaPanel panel, List<Integer> origins, int maxHorizon) {
        List<DataBreaks.Break> breaks = DataBreaks.detect(panel);
        Set<String> broken = new HashSet<>();
        breaks.forEach(b -> broken.add(key(b.la(), b.year())));
        List<Point> points = new ArrayList<>();
        Map<Integer, Integer> eligible = new TreeMap<>();
        Map<ForecastModel, Map<Integer, Double>> weights = new EnumMap<>(ForecastModel.class);
        for (int origin : origins) {
            OriginForecaster forecaster = new OriginForecaster(panel, origin);
            List<String> las = panel.eligible(origin);
            eligible.put(origin, las.size());
            for (ForecastModel model : ForecastModel.values()) {
                double weight = 0;
                if (model.blended()) {
                    weight = weight(model, panel, origin, breaks);
                    weights.computeIfAbsent(model, m -> new TreeMap<>()).put(origin, weight);
                }
                for (String la : las) {
                    for (int h = 1; h <= maxHorizon; h++) {
                        Double actual = panel.value(la, origin + h);
                        if (actual != null && actual > 0 && !broken.contains(key(la, origin + h))) {
                            points.add(
                                    new Point(model, origin, h, la, forecaster.predict(model, la, h, weight), actual));
                        }
                    }
                }
            }
        }
        return new Result(List.copyOf(origins), List.copyOf(points), eligible, weights, breaks);
    }

    /**
     * The blend weight for {@code origin}: the one of {@link #WEIGHTS} with the lowest median one-year-ahead error over
     * the earlier origins (from the panel's second year to the year before the origin), on every LA with the two years
     * before and the year after; ties go to the lower weight. Uses no year after {@code origin}.
     */
    public static double weight(ForecastModel model, LaPanel full, int origin, List<DataBreaks.Break> breaks) {
        Set<String> broken = new HashSet<>();
        breaks.forEach(b -> broken.add(key(b.la(), b.year())));
        LaPanel panel = full.upTo(origin);
        int first = panel.series().values().stream()
                .filter(s -> s.size() > 0)
                .mapToInt(s -> s.values().firstKey())
                .min()
                .orElse(origin);
        double best = WEIGHTS[0];
        double bestError = Double.POSITIVE_INFINITY;
        for (double weight : WEIGHTS) {
            List<Double> errors = new ArrayList<>();
            for (int pseudo = first + 1; pseudo < origin; pseudo++) {
                OriginForecaster forecaster = new OriginForecaster(panel, pseudo);
                for (String la : panel.series().keySet()) {
                    Double before = panel.value(la, pseudo - 1);
                    Double now = panel.value(la, pseudo);
                    Double next = panel.value(la, pseudo + 1);
                    if (before != null
                            && before > 0
                            && now != null
                            && now > 0
                            && next != null
                            && next > 0
                            && !broken.contains(key(la, pseudo + 1))) {
                        errors.add(Math.abs(forecaster.predict(model, la, 1, weight) - next) / next);
                    }
                }
            }
            double error = errors.isEmpty()
                    ? Double.POSITIVE_INFINITY
                    : new Median()
                            .evaluate(errors.stream()
                                    .mapToDouble(Double::doubleValue)
                                    .toArray());
            if (error < bestError) {
                bestError = error;
                best = weight;
            }
        }
        return best;
    }

    static String key(String la, int year) {
        return la + "|" + year;
    }
}
