package org.provisionlens.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendModelTests {

    private static final YearlySeries SERIES =
            YearlySeries.of("Example", Map.of(2019, 10, 2020, 12, 2021, 14, 2022, 17));

    @Test
    void linearTrendGivesTheLeastSquaresLineAndItsPredictionIntervals() {
        // years 2019-2022 (mean 2020.5, Sxx = 5), counts 10, 12, 14, 17 (mean 13.25, Sxy = 11.5): slope 2.3;
        // 2023: 13.25 + 2.3 x 2.5 = 19.0. Residuals 0.2, -0.1, -0.4, 0.3: sigma = sqrt(0.30 / 2) = 0.387298;
        // se = sigma x sqrt(1 + 1/4 + 2.5^2/5) = 0.612372; t(0.90, 2) = 1.885618, t(0.975, 2) = 4.302653.
        Prediction p = TrendModel.LINEAR.forecast(SERIES, List.of(2023)).get(0);
        assertThat(p.value()).isCloseTo(19.0, within(1e-9));
        assertThat(p.low80()).isCloseTo(19.0 - 1.885618 * 0.612372, within(1e-5));
        assertThat(p.high80()).isCloseTo(19.0 + 1.885618 * 0.612372, within(1e-5));
        assertThat(p.low95()).isCloseTo(19.0 - 4.302653 * 0.612372, within(1e-5));
        assertThat(p.high95()).isCloseTo(19.0 + 4.302653 * 0.612372, within(1e-5));
    }

    @Test
    void logLinearTrendCarriesAConstantRateOfGrowth() {
        // 100, 110, 121, 133.1 grow by exactly 10% a year: 2023 is 146.41 and 2025 is 177.1561, with no spread
        YearlySeries growth = YearlySeries.of("Growth", Map.of(2019, 100, 2020, 110, 2021, 121, 2022, 133.1));
        List<Prediction> p = TrendModel.LOG_LINEAR.forecast(growth, List.of(2023, 2025));
        assertThat(p.get(0).value()).isCloseTo(146.41, within(1e-6));
        assertThat(p.get(1).value()).isCloseTo(177.1561, within(1e-6));
        assertThat(p.get(1).high95() - p.get(1).low95()).isCloseTo(0, within(1e-6));
    }

    @Test
    void intervalsWidenFurtherAhead() {
        List<Prediction> p = TrendModel.LINEAR.forecast(SERIES, List.of(2023, 2025, 2027));
        assertThat(p.get(1).high95() - p.get(1).low95())
                .isGreaterThan(p.get(0).high95() - p.get(0).low95());
        assertThat(p.get(2).high80() - p.get(2).low80())
                .isGreaterThan(p.get(1).high80() - p.get(1).low80());
    }

    @Test
    void aTrendNeedsThreeYears() {
        assertThatThrownBy(() ->
                        TrendModel.LINEAR.forecast(YearlySeries.of("Short", Map.of(2024, 1, 2025, 2)), List.of(2026)))
                .hasMessageContaining("Short: a trend needs at least 3 years, has 2");
    }
}
