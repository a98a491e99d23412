package org.provisionlens.core.forecast;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prediction intervals from back-test errors: for each horizon, the 2.5%, 10%, 90% and 97.5% empirical quantiles of
 * log(actual / predicted) over the scored forecasts given (pooled across LAs). The 80% interval of a forecast is
 * forecast x exp(q10) to forecast x exp(q90); the 95% interval uses q2.5 and q97.5. Quantiles interpolate linearly
 * between order statistics (position p x (n - 1) in the sorted errors, numpy's default). Beyond the longest horizon
 * measured, the quantiles of the longest are scaled by horizon / longest (errors of growth models grow about linearly
 * with the horizon): untested, and said so where shown.
 */
public record ErrorQuantiles(Map<Integer, double[]> byHorizon) {

    static final double[] PROBABILITIES = {0.025, 0.10, 0.90, 0.975};

    public ErrorQuantiles {
        byHorizon = Map.copyOf(new TreeMap<>(byHorizon));
    }

    /** The quantiles of the points' log errors, by horizon. */
    public static ErrorQuantiles of(Collection<RollingBacktest.Point> points) {
        Map<Integer, double[]> errors = new TreeMap<>();
        points.stream()
                .map(RollingBacktest.Point::horizon)
                .distinct()
                .forEach(h -> errors.put(
                        h,
                        points.stream()
                                .filter(p -> p.horizon() == h)
                                .mapToDouble(RollingBacktest.Point::logError)
                                .toArray()));
        Map<Integer, double[]> quantiles = new TreeMap<>();
        errors.forEach((h, e) -> quantiles.put(h, quantiles(e)));
        return new ErrorQuantiles(quantiles);
    }

    static double[] quantiles(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Arrays.stream(PROBABILITIES).map(p -> quantile(sorted, p)).toArray();
    }

    /** The {@code p} quantile of sorted values: linear between the order statistics around p x (n - 1). */
    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /** The quantiles {q2.5, q10, q90, q97.5} for {@code horizon}, scaled from the longest measured beyond it. */
    public double[] at(int horizon) {
        double[] q = byHorizon.get(horizon);
        if (q != null) {
            return q.clone();
        }
        int longest = byHorizon.keySet().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElseThrow(() -> new IllegalStateException("no back-test errors to make intervals from"));
        if (horizon < longest) {
            throw new IllegalArgumentException("no back-test errors at horizon " + horizon);
        }
        double scale = (double) horizon / longest;
        return Arrays.stream(byHorizon.get(longest)).map(v -> v * scale).toArray();
    }

    /** The forecast {@code value} for {@code year}, {@code horizon} years ahead, with its intervals. */
    public Prediction predict(int year, int horizon, double value) {
        double[] q = at(horizon);
        // the intervals must contain the forecast itself, even if every past error had one sign
        return new Prediction(
                year,
                value,
                value * Math.exp(Math.min(q[1], 0)),
                value * Math.exp(Math.max(q[2], 0)),
                value * Math.exp(Math.min(q[0], 0)),
                value * Math.exp(Math.max(q[3], 0)));
    }

    /** Whether the point's actual figure is inside its forecast's 80% interval ({@code eighty}) or 95% interval. */
    boolean holds(RollingBacktest.Point point, boolean eighty) {
        Prediction p = predict(point.origin() + point.horizon(), point.horizon(), point.predicted());
        return eighty ? p.within80(point.actual()) : p.within95(point.actual());
    }
}
