package org.provisionlens.jobs.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.forecast.ForecastModel;
import org.provisionlens.core.forecast.Prediction;
import org.provisionlens.core.forecast.YearlySeries;
import org.provisionlens.core.placeplanning.BandGrowth;
import org.provisionlens.core.sufficiency.AgeBand;
import org.provisionlens.core.sufficiency.SufficiencyCells;

class ForecastGrowthTests {

    private static DemandForecast.Result forecast(DemandForecast.SeriesForecast... series) {
        return new DemandForecast.Result(
                List.of(series), null, ForecastModel.BLEND_REGIONAL, new SufficiencyCells.Growth(null, Map.of()), 2030);
    }

    private static final DemandForecast.SeriesForecast ALL = new DemandForecast.SeriesForecast(
            "All EHC plans",
            YearlySeries.of("All EHC plans", Map.of(2025, 1000)),
            List.of(new Prediction(2026, 1100, 1050, 1150, 1000, 1200)));

    @Test
    void eachAgeBandsOwnForecastIsGrowthOverItsCensusYear() {
        var growth = ForecastGrowth.of(
                forecast(
                        ALL,
                        new DemandForecast.SeriesForecast(
                                "Age 5-10",
                                YearlySeries.of("Age 5-10", Map.of(2024, 180, 2025, 200)),
                                List.of(
                                        new Prediction(2026, 220, 200, 240, 190, 250),
                                        new Prediction(2027, 250, 210, 290, 200, 300)))),
                2025);
        // 5-10: 220 / 200 = 1.1 (200 / 200 = 1.0 to 240 / 200 = 1.2); 250 / 200 = 1.25 (1.05 to 1.45)
        assertThat(growth)
                .contains(
                        new BandGrowth(AgeBand.AGE_5_10, 2026, 1.1, 1.0, 1.2, "Age 5-10"),
                        new BandGrowth(AgeBand.AGE_5_10, 2027, 1.25, 1.05, 1.45, "Age 5-10"));
    }

    @Test
    void aBandWithoutAForecastOfItsOwnFollowsAllPlans() {
        var growth = ForecastGrowth.of(
                forecast(
                        ALL,
                        // two years only: the trend could not be fitted, so no predictions
                        new DemandForecast.SeriesForecast(
                                "Age 0-4", YearlySeries.of("Age 0-4", Map.of(2024, 80, 2025, 92)), List.of())),
                2025);
        // all plans: 1100 / 1000 = 1.1 (1050 / 1000 = 1.05 to 1.15), for each of the five bands
        assertThat(growth).hasSize(5);
        assertThat(growth.get(0)).isEqualTo(new BandGrowth(AgeBand.AGE_0_4, 2026, 1.1, 1.05, 1.15, "All EHC plans"));
        assertThat(ForecastGrowth.of(forecast(), 2025)).isEmpty();
    }
}
