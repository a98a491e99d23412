package org.provisionlens.dashboards.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestTests {

    static final List<BacktestRow> ROWS = List.of(
            row("NAIVE_DRIFT", 2021, 0, "6.00", 6, 4, 6, null, false),
            row("NAIVE_DRIFT", 2022, 0, "8.00", 3, 2, 3, null, false),
            row("BLEND_REGIONAL", 2021, 0, "4.00", 50, 40, 47, "0", true),
            row("BLEND_REGIONAL", 2022, 0, "5.00", 50, 39, 48, "0.25", true),
            row("BLEND_REGIONAL", 2022, 1, "1.00", 25, 0, 0, "0.25", true));

    @Test
    void summarisesEachModelOverTheOriginsFromTheAllHorizonsRows() {
        Backtest backtest = Backtest.of(ROWS, List.of());
        assertThat(backtest.origins()).containsExactly(2021, 2022);
        Backtest.Line blend = backtest.chosen().orElseThrow();
        // (4 + 5) / 2; the horizon-1 row (1.00, 0 of 25 inside) is not counted: (40 + 39) / 100, (47 + 48) / 100
        assertThat(blend.meanMedianText()).isEqualTo("4.50%");
        assertThat(blend.within80Text()).isEqualTo("79.0%");
        assertThat(blend.within95Text()).isEqualTo("95.0%");
        assertThat(blend.holds()).isTrue();
        assertThat(blend.weights()).isEqualTo("2021: 0, 2022: 0.25");
        // naive drift: 6 of 9 and 9 of 9 do not hold
        assertThat(backtest.lines().get(0).holds()).isFalse();
    }

    @Test
    void saysWhyTheModelWasChosen() {
        // 1 - 4.5 / 7 = 35.7% below naive drift's (6 + 8) / 2 = 7.00
        assertThat(Backtest.of(ROWS, List.of()).why())
                .startsWith("The forecasts use the last value times own growth blended with regional. Among the models"
                        + " whose intervals held what they claim")
                .contains("lowest mean over origins of the median error: 4.50%. Its 80% intervals held 79.0% of the"
                        + " actual figures and its 95% intervals 95.0%.")
                .contains("Naive drift's mean of medians was 7.00%: the chosen model's is 35.7% lower.")
                .endsWith("chosen at each origin from the years before it: 2021: 0, 2022: 0.25.");
    }

    @Test
    void namesTheModels() {
        assertThat(Backtest.modelLabel("LOG_LINEAR")).isEqualTo("LA's own log-linear trend");
        assertThat(Backtest.modelLabel("NAIVE_DRIFT")).isEqualTo("naive drift: last value plus mean annual change");
        assertThat(Backtest.modelLabel("HOLT_WINTERS")).isEqualTo("holt winters");
    }

    static BacktestRow row(
            String model,
            int origin,
            int horizon,
            String median,
            int points,
            int w80,
            int w95,
            String weight,
            boolean chosen) {
        return new BacktestRow(
                model,
                origin,
                horizon,
                3,
                3,
                points,
                new BigDecimal(median),
                new BigDecimal(median),
                w80,
                w95,
                weight == null ? null : new BigDecimal(weight),
                chosen);
    }
}
