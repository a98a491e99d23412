package org.provisionlens.jobs.assess;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.forecast.Prediction;
import org.provisionlens.core.placeplanning.BandGrowth;
import org.provisionlens.core.sufficiency.AgeBand;

/**
 * The one place the place forecast reads the demand forecast: each age band's series ("Age 5-10") as growth over the
 * census year's actual count, for every forecast year, with the 80% interval's ends. A band with no forecast of its
 * own (no series, too short a series, no actual count for the census year) follows the forecast of all EHC plans; with
 * neither, it has no growth and the place forecast only ages it.
 */
final class ForecastGrowth {

    static final String AGE_SERIES_PREFIX = "Age ";
    static final String ALL_PLANS = "All EHC plans";

    private ForecastGrowth() {}

    static List<BandGrowth> of(DemandForecast.Result forecast, int censusYear) {
        Map<AgeBand, DemandForecast.SeriesForecast> own = new EnumMap<>(AgeBand.class);
        DemandForecast.SeriesForecast all = null;
        for (DemandForecast.SeriesForecast series : forecast.series()) {
            if (series.series().equals(ALL_PLANS)) {
                all = series;
            }
            for (AgeBand band : AgeBand.values()) {
                if (series.series().equals(AGE_SERIES_PREFIX + band.label())) {
                    own.put(band, series);
                }
            }
        }
        List<BandGrowth> growth = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            List<BandGrowth> bandGrowth = growth(band, own.get(band), censusYear);
            growth.addAll(bandGrowth.isEmpty() ? growth(band, all, censusYear) : bandGrowth);
        }
        return growth;
    }

    private static List<BandGrowth> growth(AgeBand band, DemandForecast.SeriesForecast series, int censusYear) {
        if (series == null) {
            return List.of();
        }
        Double actual = series.actual().values().get(censusYear);
        if (actual == null || actual <= 0) {
            return List.of();
        }
        List<BandGrowth> growth = new ArrayList<>();
        for (Prediction p : series.predictions()) {
            if (p.year() > censusYear) {
                growth.add(new BandGrowth(
                        band, p.year(), p.value() / actual, p.low80() / actual, p.high80() / actual, series.series()));
            }
        }
        return growth;
    }
}
