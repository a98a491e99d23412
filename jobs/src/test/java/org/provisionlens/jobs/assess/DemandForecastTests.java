package org.provisionlens.jobs.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.forecast.Prediction;
import org.provisionlens.core.forecast.YearlySeries;
import org.provisionlens.core.sufficiency.AgeBand;

class DemandForecastTests {

    static TreeMap<Integer, Double> years(int first, double... values) {
        TreeMap<Integer, Double> map = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(first + i, values[i]);
        }
        return map;
    }

    /** The LA in 2025 at ages 4, 5, 10, 11: 10, 20, 30, 40; England's cohorts: age 4 doubles into age 5, others stay. */
    static DemandForecast.Collected collected(Map<String, TreeMap<Integer, Double>> allPlans) {
        return new DemandForecast.Collected(
                new TreeMap<>(allPlans),
                new TreeMap<>(Map.of(2025, Map.of(4, 10.0, 5, 20.0, 10, 30.0, 11, 40.0))),
                new TreeMap<>(Map.of(
                        2024, Map.of(4, 100.0, 5, 100.0, 10, 100.0, 11, 100.0),
                        2025, Map.of(4, 100.0, 5, 200.0, 10, 100.0, 11, 100.0))));
    }

    @Test
    void ageBandsAgeTheCohortsAndGrowTogetherAsAllPlans() {
        // all plans 100 in 2025, forecast 110 in 2026 (80%: 99-121, 95%: 88-132)
        DemandForecast.SeriesForecast all = new DemandForecast.SeriesForecast(
                "All EHC plans",
                YearlySeries.of("All EHC plans", Map.of(2025, 100.0)),
                List.of(new Prediction(2026, 110, 99, 121, 88, 132)));
        // 2026 by age: 4: 10 x 1 (age 4 nationally 100 -> 100) = 10; 5: 10 x 2 = 20; 6: 20 (no ratio: stays);
        // 11: 30 x 1 = 30; 2025's age 11 (40) leaves. Bands 0-4: 10, 5-10: 40, 11-15: 30, total 80 (from 100).
        // Scaled to grow as all plans: x (110 / 100) / (80 / 100) = 1.375: 13.75, 55, 41.25 (sum 110)
        List<DemandForecast.SeriesForecast> bands = AgeBandForecast.bands(collected(Map.of()), all, 2025);
        assertThat(bands)
                .extracting(DemandForecast.SeriesForecast::series)
                .containsExactly("Age 0-4", "Age 5-10", "Age 11-15");
        assertThat(bands.get(0).predictions().get(0).value()).isCloseTo(13.75, within(1e-9));
        Prediction middle = bands.get(1).predictions().get(0);
        assertThat(middle.value()).isCloseTo(55.0, within(1e-9));
        // its intervals are all plans' relative to the value: 55 / 110 = 0.5 of 99-121 and 88-132
        assertThat(List.of(middle.low80(), middle.high80(), middle.low95(), middle.high95()))
                .containsExactly(49.5, 60.5, 44.0, 66.0);
        assertThat(bands.get(2).predictions().get(0).value()).isCloseTo(41.25, within(1e-9));
        assertThat(bands.get(1).actual().values()).containsEntry(2025, 50.0);
        assertThat(AgeBandForecast.bandOf("Age 11-15")).isEqualTo(AgeBand.AGE_11_15);
    }

    @Test
    void everySeriesHasAForecastForEachOfTheFiveYearsAhead() {
        // three LAs growing 5%, 10% and 8% a year from 2019; "B" is the run's LA
        Map<String, TreeMap<Integer, Double>> allPlans = Map.of(
                "A", years(2019, 100, 105, 110.25, 115.76, 121.55, 127.63, 134.01),
                "B", years(2019, 200, 220, 242, 266.2, 292.82, 322.1, 354.31),
                "C", years(2019, 50, 54, 58.32, 62.99, 68.02, 73.47, 79.34));
        DemandForecast.Collected collected = collected(allPlans);
        DemandForecast.Result result =
                DemandForecast.forecast(collected, DemandForecast.Backtest.of(collected.allPlansByLa(), 2025), "B", 3);
        assertThat(result.series())
                .extracting(DemandForecast.SeriesForecast::series)
                .containsExactly("All EHC plans", "Age 0-4", "Age 5-10", "Age 11-15");
        for (DemandForecast.SeriesForecast series : result.series()) {
            assertThat(series.predictions()).extracting(Prediction::year).containsExactly(2026, 2027, 2028, 2029, 2030);
        }
        // the bands add up to all plans each year, and growth to the horizon is the forecast over 2025's figure
        double all2028 = result.series().get(0).predictions().get(2).value();
        double bands2028 = result.series().subList(1, 4).stream()
                .mapToDouble(s -> s.predictions().get(2).value())
                .sum();
        assertThat(bands2028).isCloseTo(all2028 * 100 / 354.31, within(1e-9));
        assertThat(result.horizonYear()).isEqualTo(2028);
        assertThat(result.growth().overall()).isCloseTo(all2028 / 354.31, within(1e-12));
        assertThat(result.growth().byBand()).containsOnlyKeys(AgeBand.AGE_0_4, AgeBand.AGE_5_10, AgeBand.AGE_11_15);
    }

    @Test
    void withoutAnyLaToBackTestThereIsNoForecast() {
        // two years only: no LA has the three years an origin needs, so there are no errors to make intervals from
        DemandForecast.Collected collected = collected(Map.of("B", years(2024, 90, 100)));
        DemandForecast.Result result =
                DemandForecast.forecast(collected, DemandForecast.Backtest.of(collected.allPlansByLa(), 2025), "B", 3);
        assertThat(result.series().get(0).predictions()).isEmpty();
        assertThat(result.growth().overall()).isNull();
        assertThat(result.backtest().table().rows()).isEmpty();
    }
}
