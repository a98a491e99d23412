package org.provisionlens.dashboards.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestTests {

    @Test
    void theMedianOfAnEvenNumberOfErrorsIsTheMeanOfTheMiddleTwo() {
        Backtest.Summary summary = Backtest.summary(
                "LINEAR",
                List.of(row("A", "1.0", 3, 3), row("B", "3.0", 3, 2), row("C", "5.0", 3, 1), row("D", "9.0", 3, 0)));

        assertThat(summary.medianMape()).isEqualTo(4.0);
        assertThat(summary.meanMape()).isEqualTo(4.5);
        assertThat(summary.within80Pct()).isEqualTo(50); // 6 of 12
        assertThat(summary.authorities()).isEqualTo(4);
    }

    @Test
    void binsAreFivePointsWideAndTheLastIsOpen() {
        assertThat(Backtest.binOf(0)).isZero();
        assertThat(Backtest.binOf(4.99)).isZero();
        assertThat(Backtest.binOf(5)).isEqualTo(1);
        assertThat(Backtest.binOf(250)).isEqualTo(6);
        assertThat(Backtest.binLabel(0)).isEqualTo("0% to under 5%");
        assertThat(Backtest.binLabel(6)).isEqualTo("30% or more");
    }

    @Test
    void namesTheModels() {
        assertThat(Backtest.modelLabel("LOG_LINEAR")).isEqualTo("log-linear trend");
        assertThat(Backtest.modelLabel("LINEAR")).isEqualTo("linear trend");
        assertThat(Backtest.modelLabel("HOLT_WINTERS")).isEqualTo("holt winters");
    }

    static BacktestRow row(String la, String mape, int points, int within80) {
        return new BacktestRow(
                "LINEAR", la, la, 2022, "2023-2025", new BigDecimal(mape), points, within80, points, false);
    }
}
