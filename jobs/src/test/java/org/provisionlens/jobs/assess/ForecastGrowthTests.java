package org.provisionlens.jobs.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.forecast.Prediction;
import org.provisionlens.core.forecast.TrendModel;
import org.provisionlens.core.forecast.YearlySeries;
import org.provisionlens.core.placeplanning.BandGrowth;
import org.provisionlens.core.sufficiency.AgeBand;
import org.provisionlens.core.sufficiency.SufficiencyCells;

class ForecastGrowthTests {

    @Test
    void eachAgeBandsForecastIsGrowthOverItsCensusYear() {
        DemandForecast.Result forecast = new DemandForecast.Result(
                List.of(
                        new DemandForecast.SeriesForecast(
                                "All EHC plans",
                                YearlySeries.of("All EHC plans", Map.of(2025, 1000)),
                                List.of(new Prediction(2026, 1100, 1050, 1150, 1000, 1200))),
                        new DemandForecast.SeriesForecast(
                                "Age 5-10",
                                YearlySeries.of("Age 5-10", Map.of(2024, 180, 2025, 200)),
                                List.of(
                                        new Prediction(2026, 220, 200, 240, 190, 250),
                                        new Prediction(2027, 250, 210, 290, 200, 300))),
                        new DemandForecast.SeriesForecast(
                                "Age 0-4",
                                YearlySeries.of("Age 0-4", Map.of(2025, 0)),
                                List.of(new Prediction(2026, 5, 4, 6, 3, 7)))),
                List.of(),
                TrendModel.LOG_LINEAR,
                new SufficiencyCells.Growth(null, Map.of()),
                2030);
        // 5-10: 220 / 200 = 1.1 (200 / 200 = 1.0 to 240 / 200 = 1.2); 250 / 200 = 1.25 (1.05 to 1.45).
        // All plans is not an age band; 0-4 had 0 plans in 2025, so no growth can be read from it.
        assertThat(ForecastGrowth.of(forecast, 2025))
                .containsExactly(
                        new BandGrowth(AgeBand.AGE_5_10, 2026, 1.1, 1.0, 1.2),
                        new BandGrowth(AgeBand.AGE_5_10, 2027, 1.25, 1.05, 1.45));
    }
}
