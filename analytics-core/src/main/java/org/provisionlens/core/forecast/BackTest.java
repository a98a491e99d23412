package org.provisionlens.core.forecast;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How well a trend model would have done: for each series, fit on the years up to {@code lastFitYear}, predict the
 * test years, and compare with what happened. The error is the mean absolute percentage error (MAPE) over the test
 * years; the coverage is the share of test points inside the 80% and 95% intervals.
 */
public final class BackTest {

    private BackTest() {}

    /** One series' back-test. {@code mape} in percent. */
    public record SeriesResult(
            String name, double mape, int points, int within80, int within95, List<Prediction> predictions) {}

    /** Every series' result, and the summary across series. Series too short to fit or to test are skipped. */
    public record Result(
            TrendModel model,
            int lastFitYear,
            List<Integer> testYears,
            List<SeriesResult> series,
            List<String> skipped) {

        public double medianMape() {
            List<Double> sorted =
                    series.stream().map(SeriesResult::mape).sorted().toList();
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }

        public double meanMape() {
            return series.stream().mapToDouble(SeriesResult::mape).average().orElse(Double.NaN);
        }

        /** Share of test points inside the 80% interval, 0-1. */
        public double coverage80() {
            return share(series.stream().mapToInt(SeriesResult::within80).sum());
        }

        public double coverage95() {
            return share(series.stream().mapToInt(SeriesResult::within95).sum());
        }

        private double share(int inside) {
            int points = series.stream().mapToInt(SeriesResult::points).sum();
            return points == 0 ? Double.NaN : (double) inside / points;
        }
    }

    public static Result run(TrendModel model, Collection<YearlySeries> all, int lastFitYear, List<Integer> testYears) {
        Objects.requireNonNull(model, "model");
        List<SeriesResult> results = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (YearlySeries series : all) {
            YearlySeries fit = series.upTo(lastFitYear);
            boolean testable = testYears.stream()
                    .allMatch(year ->
                            series.values().containsKey(year) && series.values().get(year) > 0);
            if (fit.size() < TrendModel.MINIMUM_YEARS
                    || !testable
                    || fit.values().containsValue(0.0)) {
                skipped.add(series.name());
                continue;
            }
            List<Prediction> predictions = model.forecast(fit, testYears);
            double errors = 0;
            int within80 = 0;
            int within95 = 0;
            for (Prediction prediction : predictions) {
                double actual = series.values().get(prediction.year());
                errors += Math.abs(prediction.value() - actual) / actual;
                within80 += prediction.within80(actual) ? 1 : 0;
                within95 += prediction.within95(actual) ? 1 : 0;
            }
            results.add(new SeriesResult(
                    series.name(),
                    100 * errors / predictions.size(),
                    predictions.size(),
                    within80,
                    within95,
                    predictions));
        }
        return new Result(model, lastFitYear, List.copyOf(testYears), results, skipped);
    }
}
