package org.provisionlens.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class ErrorQuantilesTests {

    /** Points at horizon 1 whose log errors are the values given (predicted 100, actual 100 x e^error). */
    static List<RollingBacktest.Point> points(int horizon, double... logErrors) {
        return DoubleStream.of(logErrors)
                .mapToObj(e -> new RollingBacktest.Point(
                        ForecastModel.NAIVE_LAST, 2021, horizon, "LA" + e, 100, 100 * Math.exp(e)))
                .toList();
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        // sorted -0.2, -0.1, 0, 0.1, 0.2 (n = 5): q10 at position 0.1 x 4 = 0.4: -0.2 + 0.4 x 0.1 = -0.16;
        // q90 at 3.6: 0.1 + 0.6 x 0.1 = 0.16; q2.5 at 0.1: -0.19; q97.5 at 3.9: 0.19
        ErrorQuantiles q = ErrorQuantiles.of(points(1, 0.2, -0.1, 0, -0.2, 0.1));
        assertThat(q.at(1)).containsExactly(new double[] {-0.19, -0.16, 0.16, 0.19}, within(1e-12));
        // a forecast of 100: 80% 100 e^-0.16 = 85.21 to 100 e^0.16 = 117.35; 95% 82.70 to 120.92
        Prediction p = q.predict(2026, 1, 100);
        assertThat(p.low80()).isCloseTo(85.214379, within(1e-6));
        assertThat(p.high80()).isCloseTo(117.351087, within(1e-6));
        assertThat(p.low95()).isCloseTo(82.695913, within(1e-6));
        assertThat(p.high95()).isCloseTo(120.924960, within(1e-6));
    }

    @Test
    void beyondTheLongestHorizonTheQuantilesScaleWithTheHorizon() {
        // horizon 2 measured: -0.19 ... 0.19; horizon 4 is twice as wide: q10 = -0.32, q97.5 = 0.38
        ErrorQuantiles q = ErrorQuantiles.of(points(2, 0.2, -0.1, 0, -0.2, 0.1));
        assertThat(q.at(4)).containsExactly(new double[] {-0.38, -0.32, 0.32, 0.38}, within(1e-12));
    }

    @Test
    void theIntervalsAlwaysHoldTheForecastItself() {
        // every past forecast too low (errors 0.1 and 0.3): the 80% interval runs from the forecast up
        Prediction p = ErrorQuantiles.of(points(1, 0.1, 0.3)).predict(2026, 1, 100);
        assertThat(p.low80()).isEqualTo(100.0);
        // q90 at position 0.9: 0.1 + 0.9 x 0.2 = 0.28
        assertThat(p.high80()).isCloseTo(100 * Math.exp(0.28), within(1e-9));
    }
}
