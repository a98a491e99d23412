package org.provisionlens.jobs.assess;

import java.util.ArrayList;
import java.util.List;
import org.provisionlens.core.forecast.Prediction;
import org.provisionlens.core.placeplanning.BandGrowth;
import org.provisionlens.core.sufficiency.AgeBand;

/**
 * The one place the place forecast reads the demand forecast: each age band's series ("Age 5-10") as growth over the
 * census year's actual count, for every forecast year, with the 80% interval's ends. A band whose series has no
 * actual count for the census year (or a zero one) gives no growth: the place forecast then only ages it.
 */
final class ForecastGrowth {

    static final String AGE_SERIES_PREFIX = "Age ";

    private ForecastGrowth() {}

    static List<BandGrowth> of(DemandForecast.Result forecast, int censusYear) {
        List<BandGrowth> growth = new ArrayList<>();
        for (DemandForecast.SeriesForecast series : forecast.series()) {
            AgeBand band = band(series.series());
            Double actual = series.actual().values().get(censusYear);
            if (band == null || actual == null || actual <= 0) {
                continue;
            }
            for (Prediction p : series.predictions()) {
                if (p.year() > censusYear) {
                    growth.add(new BandGrowth(
                            band, p.year(), p.value() / actual, p.low80() / actual, p.high80() / actual));
                }
            }
        }
        return growth;
    }

    private static AgeBand band(String series) {
        for (AgeBand band : AgeBand.values()) {
            if (series.equals(AGE_SERIES_PREFIX + band.label())) {
                return band;
            }
        }
        return null;
    }
}
