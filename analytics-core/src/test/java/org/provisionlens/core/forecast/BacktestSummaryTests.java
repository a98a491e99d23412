package org.provisionlens.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestSummaryTests {

    private static final List<BacktestSummary.Line> LINES = List.of(
            new BacktestSummary.Line("LINEAR", 2.0, 3, 3, 3),
            new BacktestSummary.Line("LOG_LINEAR", 8.0, 3, 1, 2),
            new BacktestSummary.Line("LINEAR", 10.0, 3, 1, 3),
            new BacktestSummary.Line("LINEAR", 4.0, 3, 2, 2),
            new BacktestSummary.Line("LOG_LINEAR", 3.0, 2, 2, 2));

    @Test
    void summarisesEachModelInTheOrderItFirstAppears() {
        List<BacktestSummary> summaries = BacktestSummary.byModel(LINES);

        // LINEAR: errors 2, 10, 4 -> sorted 2, 4, 10: median 4, mean 16 / 3; points 9, inside 80% 3+1+2 = 6, 95% 8
        // LOG_LINEAR: errors 8, 3 -> median (3 + 8) / 2 = 5.5, mean 5.5; points 5, inside 80% 3, 95% 4
        assertThat(summaries)
                .containsExactly(
                        new BacktestSummary("LINEAR", 3, 4.0, 16.0 / 3, 9, 6, 8),
                        new BacktestSummary("LOG_LINEAR", 2, 5.5, 5.5, 5, 3, 4));
        assertThat(summaries.get(0).coverage80()).isEqualTo(6.0 / 9);
        assertThat(summaries.get(1).coverage95()).isEqualTo(0.8);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        BacktestSummary summary = BacktestSummary.of("LINEAR", LINES.subList(0, 4));

        // 2, 4, 8, 10 -> (4 + 8) / 2 = 6; mean 24 / 4 = 6; points 12, inside 80% 3+1+1+2 = 7
        assertThat(summary.medianMape()).isEqualTo(6.0);
        assertThat(summary.meanMape()).isEqualTo(6.0);
        assertThat(summary.within80()).isEqualTo(7);
        assertThat(summary.coverage80()).isEqualTo(7.0 / 12);
    }

    @Test
    void noSeriesHasNoErrorAndNoCoverage() {
        BacktestSummary summary = BacktestSummary.of("LINEAR", List.of());

        assertThat(summary.series()).isZero();
        assertThat(summary.medianMape()).isNaN();
        assertThat(summary.meanMape()).isNaN();
        assertThat(summary.coverage80()).isNaN();
        assertThat(BacktestSummary.byModel(List.of())).isEmpty();
    }
}
