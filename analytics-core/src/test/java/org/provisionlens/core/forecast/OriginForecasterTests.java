package org.provisionlens.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OriginForecasterTests {

    // A: 100, 110, 121 (10% a year), region R1; B: 200, 200, 240, region R2. England (A + B): 300, 310, 361.
    // The 2022 values must never change a forecast made at 2021.
    static final LaPanel PANEL = LaPanel.of(
            Map.of(
                    "A", Map.of(2019, 100.0, 2020, 110.0, 2021, 121.0, 2022, 5000.0),
                    "B", Map.of(2019, 200.0, 2020, 200.0, 2021, 240.0, 2022, 1.0)),
            Map.of("A", "R1", "B", "R2"));

    private final OriginForecaster at2021 = new OriginForecaster(PANEL, 2021);

    @Test
    void naiveModelsCarryTheLastValueOrItsAverageChange() {
        // last value 121; mean annual change (121 - 100) / 2 = 10.5, two years on 121 + 21 = 142
        assertThat(at2021.predict(ForecastModel.NAIVE_LAST, "A", 2, 0)).isEqualTo(121.0);
        assertThat(at2021.predict(ForecastModel.NAIVE_DRIFT, "A", 2, 0)).isCloseTo(142.0, within(1e-9));
        // own growth (121 / 100)^(1/2) = 1.1: 121 x 1.1^2 = 146.41
        assertThat(at2021.own("A")).isCloseTo(1.1, within(1e-12));
        assertThat(at2021.predict(ForecastModel.GEOMETRIC_DRIFT, "A", 2, 0)).isCloseTo(146.41, within(1e-9));
    }

    @Test
    void ownTrendsAreLeastSquaresLines() {
        // points (2019, 100), (2020, 110), (2021, 121): mean 110.333 at 2020, slope (10.333 + 10.667) / 2 = 10.5;
        // 2023: 110.333 + 3 x 10.5 = 141.833. On the logarithms the growth is exactly 1.1: 121 x 1.21 = 146.41
        assertThat(at2021.predict(ForecastModel.LINEAR, "A", 2, 0)).isCloseTo(141.8333333, within(1e-6));
        assertThat(at2021.predict(ForecastModel.LOG_LINEAR, "A", 2, 0)).isCloseTo(146.41, within(1e-6));
    }

    @Test
    void pooledModelsUseTheGrowthOfEnglandOrOfTheRegionUpToTheOrigin() {
        // England: ln(310 / 300) and ln(361 / 310), mean = ln(361 / 300) / 2: factor sqrt(361 / 300) = 1.096966;
        // A two years on: 121 x 361 / 300 = 145.6033
        assertThat(at2021.national()).isCloseTo(Math.sqrt(361.0 / 300), within(1e-12));
        assertThat(at2021.predict(ForecastModel.NATIONAL_GROWTH, "A", 2, 0)).isCloseTo(145.603333, within(1e-6));
        // B's region is B alone: sqrt(240 / 200) = 1.095445 a year; 240 x 1.095445 = 262.9068
        assertThat(at2021.predict(ForecastModel.REGIONAL_GROWTH, "B", 1, 0)).isCloseTo(262.906828, within(1e-6));
        // an LA with no region known takes national growth
        assertThat(at2021.regional("Z")).isEqualTo(at2021.national());
    }

    @Test
    void blendsWeighOwnAndPooledGrowthOnTheLogScale() {
        // A: own 1.1, national 1.096966, weight 0.5: sqrt(1.1 x 1.096966) = 1.098482; 121 x 1.098482 = 132.9163
        assertThat(at2021.predict(ForecastModel.BLEND_NATIONAL, "A", 1, 0.5)).isCloseTo(132.916287, within(1e-6));
        // weight 1 is own growth, weight 0 is pooled growth
        assertThat(at2021.predict(ForecastModel.BLEND_REGIONAL, "B", 1, 0))
                .isCloseTo(at2021.predict(ForecastModel.REGIONAL_GROWTH, "B", 1, 0), within(1e-9));
        assertThat(at2021.predict(ForecastModel.BLEND_NATIONAL, "A", 3, 1))
                .isCloseTo(at2021.predict(ForecastModel.GEOMETRIC_DRIFT, "A", 3, 0), within(1e-9));
    }

    @Test
    void pooledGrowthCountsOnlyLasPresentInBothYears() {
        // C appears in 2021 with 1000 plans: that is not growth. 2020 -> 2021 over A and B only: 361 / 310
        LaPanel withNewcomer = LaPanel.of(
                Map.of(
                        "A", Map.of(2020, 110.0, 2021, 121.0),
                        "B", Map.of(2020, 200.0, 2021, 240.0),
                        "C", Map.of(2021, 1000.0)),
                Map.of());
        assertThat(new OriginForecaster(withNewcomer, 2021).national()).isCloseTo(361.0 / 310, within(1e-12));
    }

    @Test
    void anLaWithoutAValueAtTheOriginCannotBeForecast() {
        LaPanel panel = LaPanel.of(Map.of("A", Map.of(2019, 100.0, 2020, 110.0)), Map.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new OriginForecaster(panel, 2021).predict(ForecastModel.NAIVE_LAST, "A", 1, 0))
                .hasMessageContaining("no value above zero at the origin 2021");
    }
}
