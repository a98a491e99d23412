package org.provisionlens.core.forecast;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How well a trend model would have done: for each series, fit on the years up to {@code lastFitYear}, predict the
 * test years, and compare with what happened. The error is the mean absolute percentage error (MAPE) over the test
 * years; the coverage is the share of test points inside the 80% and 95% intervals. Summarised across series by
 * {@link BacktestSummary}.
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

        /** The summary across series: median and mean error, interval coverage. */
        public BacktestSummary summary() {
            return BacktestSummary.of(
                    model.name(),
                    series.stream()
                            .map(s -> new BacktestSummary.Line(
                                    model.name(), s.mape(), s.points(), s.within80(), s.within95()))
                            .toList());
        }

        public double medianMape() {
            return summary().medianMape();
        }

        public double meanMape() {
            return summary().meanMape();
        }

        /** Share of test points inside the 80% interval, 0-1. */
        public double coverage80() {
            return summary().coverage80();
        }

        public double coverage95() {
            return summary().coverage95();
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
