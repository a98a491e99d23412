package org.provisionlens.jobs.assess;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.provisionlens.core.forecast.CohortAgeing;
import org.provisionlens.core.forecast.Prediction;
import org.provisionlens.core.forecast.YearlySeries;
import org.provisionlens.core.sufficiency.AgeBand;

/**
 * The LA's forecast by age band: its plans by single year of age in the last year carried forward by ageing cohorts
 * (national transition ratios; entry ages by their national growth, {@link CohortAgeing}), summed into bands, then scaled each year so that the bands
 * together grow as the chosen model's all-plans forecast does (the back-tested total; the cohorts give its split by
 * age). Each band's intervals are the all-plans forecast's, relative to its value: the split by age adds uncertainty
 * the back-test does not measure.
 */
final class AgeBandForecast {

    private static final String PREFIX = "Age ";

    private AgeBandForecast() {}

    static List<DemandForecast.SeriesForecast> bands(
            DemandForecast.Collected collected, DemandForecast.SeriesForecast all, int lastYear) {
        Map<Integer, Double> lastAges = collected.laAges().get(lastYear);
        if (lastAges == null || lastAges.isEmpty()) {
            return List.of();
        }
        Map<Integer, Map<Integer, Double>> history =
                collected.nationalAges().isEmpty() ? collected.laAges() : collected.nationalAges();
        NavigableMap<Integer, Map<Integer, Double>> cohorts = CohortAgeing.project(
                lastAges,
                lastYear,
                all.predictions().size(),
                CohortAgeing.ratios(history),
                CohortAgeing.sameAgeGrowth(history));
        double cohortNow = total(lastAges);
        double allNow = all.actual().values().get(lastYear);
        Map<AgeBand, List<Prediction>> predictions = new EnumMap<>(AgeBand.class);
        for (Prediction total : all.predictions()) {
            Map<Integer, Double> ages = cohorts.get(total.year());
            double scale = (total.value() / allNow) / (total(ages) / cohortNow);
            byBand(ages).forEach((band, value) -> {
                double v = value * scale;
                double r = v / total.value();
                predictions
                        .computeIfAbsent(band, b -> new ArrayList<>())
                        .add(new Prediction(
                                total.year(),
                                v,
                                total.low80() * r,
                                total.high80() * r,
                                total.low95() * r,
                                total.high95() * r));
            });
        }
        List<DemandForecast.SeriesForecast> series = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            Map<Integer, Double> actual = new TreeMap<>();
            collected.laAges().forEach((year, ages) -> {
                Double value = byBand(ages).get(band);
                if (value != null) {
                    actual.put(year, value);
                }
            });
            if (!actual.isEmpty()) {
                String name = PREFIX + band.label();
                series.add(new DemandForecast.SeriesForecast(
                        name,
                        YearlySeries.of(name, actual),
                        actual.containsKey(lastYear) && actual.get(lastYear) > 0
                                ? predictions.getOrDefault(band, List.of())
                                : List.of()));
            }
        }
        return series;
    }

    static AgeBand bandOf(String series) {
        String label = series.substring(PREFIX.length());
        for (AgeBand band : AgeBand.values()) {
            if (band.label().equals(label)) {
                return band;
            }
        }
        throw new IllegalArgumentException("not an age band series: " + series);
    }

    private static Map<AgeBand, Double> byBand(Map<Integer, Double> ages) {
        Map<AgeBand, Double> bands = new EnumMap<>(AgeBand.class);
        ages.forEach((age, value) -> AgeBand.of(age).ifPresent(band -> bands.merge(band, value, Double::sum)));
        return bands;
    }

    private static double total(Map<Integer, Double> ages) {
        return ages.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
