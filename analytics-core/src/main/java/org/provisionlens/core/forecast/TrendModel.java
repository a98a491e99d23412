package org.provisionlens.core.forecast;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Ordinary least squares on a yearly series (commons-math3 {@link SimpleRegression}), on the counts (linear trend) or on
 * their logarithms (a constant rate of growth), with prediction intervals from the residuals and Student's t with
 * n - 2 degrees of freedom ({@link TDistribution}).
 */
public enum TrendModel {
    /** The count grows by the same number each year. */
    LINEAR(false),
    /** The count grows by the same percentage each year. */
    LOG_LINEAR(true);

    /** Fewer years than this cannot give an interval (n - 2 degrees of freedom). */
    public static final int MINIMUM_YEARS = 3;

    private final boolean logarithmic;

    TrendModel(boolean logarithmic) {
        this.logarithmic = logarithmic;
    }

    /** Predictions for each of the given years, from the whole series. */
    public List<Prediction> forecast(YearlySeries series, List<Integer> years) {
        if (series.size() < MINIMUM_YEARS) {
            throw new IllegalArgumentException(
                    series.name() + ": a trend needs at least " + MINIMUM_YEARS + " years, has " + series.size());
        }
        SimpleRegression regression = new SimpleRegression();
        series.values().forEach((year, value) -> regression.addData(year, transform(value)));
        double meanYear = StatUtils.mean(series.values().keySet().stream()
                .mapToDouble(Integer::doubleValue)
                .toArray());
        // the residuals summed directly: SimpleRegression's shortcut (syy - sxy^2 / sxx) loses a perfect fit's zero
        double residualSquares = series.values().entrySet().stream()
                .mapToDouble(point -> Math.pow(transform(point.getValue()) - regression.predict(point.getKey()), 2))
                .sum();
        return predict(
                new Fit(
                        series.size(),
                        regression.getIntercept(),
                        regression.getSlope(),
                        meanYear,
                        regression.getXSumSquares(),
                        Math.sqrt(residualSquares / (series.size() - 2))),
                years);
    }

    /** The least-squares line: value = intercept + slope x year, on the transformed scale. */
    private record Fit(int n, double intercept, double slope, double meanYear, double sxx, double sigma) {}

    private List<Prediction> predict(Fit fit, List<Integer> years) {
        int n = fit.n();
        double intercept = fit.intercept();
        double slope = fit.slope();
        double meanYear = fit.meanYear();
        double sxx = fit.sxx();
        double sigma = fit.sigma();
        TDistribution t = new TDistribution(n - 2);
        double t80 = t.inverseCumulativeProbability(0.90);
        double t95 = t.inverseCumulativeProbability(0.975);
        return years.stream()
                .map(year -> {
                    double centre = intercept + slope * year;
                    double se = sigma * Math.sqrt(1 + 1.0 / n + Math.pow(year - meanYear, 2) / sxx);
                    return new Prediction(
                            year,
                            back(centre),
                            back(centre - t80 * se),
                            back(centre + t80 * se),
                            back(centre - t95 * se),
                            back(centre + t95 * se));
                })
                .toList();
    }

    private double transform(double value) {
        if (logarithmic && value <= 0) {
            throw new IllegalArgumentException("a log-linear trend needs counts above zero");
        }
        return logarithmic ? Math.log(value) : value;
    }

    private double back(double value) {
        return logarithmic ? Math.exp(value) : Math.max(0, value);
    }
}
