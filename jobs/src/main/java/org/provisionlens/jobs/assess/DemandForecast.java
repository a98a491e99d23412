package org.provisionlens.jobs.assess;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.provisionlens.core.forecast.BackTest;
import org.provisionlens.core.forecast.Prediction;
import org.provisionlens.core.forecast.TrendModel;
import org.provisionlens.core.forecast.YearlySeries;
import org.provisionlens.core.sufficiency.AgeBand;
import org.provisionlens.core.sufficiency.SufficiencyCells;

/**
 * The demand forecast of a run, from DfE's EHC plan caseload series in the run's statistics (indicator
 * {@code ehcplans}): the trend model that did best in a back-test across every LA in the statistics (fit on all but the
 * last three years, predict those three), fitted on the LA's whole series, 1 to 5 years ahead with 80% and 95%
 * intervals; for all plans and for each age band. Years are January snapshots: time period 202425 is 2025.
 */
public final class DemandForecast {

    static final String ALL_PLANS = "All EHC plans";
    static final String ALL_PLANS_FILTER = "breakdown_topic=All EHC plans;breakdown=All EHC plans";
    private static final Pattern AGE_FILTER =
            Pattern.compile("breakdown_topic=Child or young persons age;breakdown=age (\\d+)");
    static final int TEST_YEARS = 3;
    static final int YEARS_AHEAD = 5;

    /** One series: its actual values and the forecast. */
    public record SeriesForecast(String series, YearlySeries actual, List<Prediction> predictions) {}

    /**
     * @param backTests every model's back-test across the LAs; {@code chosen} the one with the lowest median error
     */
    public record Result(
            List<SeriesForecast> series,
            List<BackTest.Result> backTests,
            TrendModel chosen,
            SufficiencyCells.Growth growth,
            int horizonYear) {}

    private DemandForecast() {}

    static Result of(List<Dataset<Row>> statistics, String laCode, int lastYear, int horizonYears) {
        Map<String, TreeMap<Integer, Double>> allPlansByLa = new TreeMap<>();
        Map<AgeBand, TreeMap<Integer, Double>> byBand = new EnumMap<>(AgeBand.class);
        collect(statistics, laCode, allPlansByLa, byBand);
        return forecast(allPlansByLa, byBand, laCode, lastYear, horizonYears);
    }

    /** Every LA's all-plans series, and the age-band series of {@code laCode}, from the statistics. */
    public static void collect(
            List<Dataset<Row>> statistics,
            String laCode,
            Map<String, TreeMap<Integer, Double>> allPlansByLa,
            Map<AgeBand, TreeMap<Integer, Double>> byBand) {
        for (Dataset<Row> long_ : statistics) {
            List<Row> rows = long_.filter(col("indicator")
                            .equalTo("ehcplans")
                            .and(col("geographic_level").equalTo("Local authority"))
                            .and(col("value").isNotNull()))
                    .select("area_code", "time_period", "filters", "value")
                    .collectAsList();
            for (Row row : rows) {
                int year = year(row.getString(1));
                double value = ((java.math.BigDecimal) row.get(3)).doubleValue();
                String filters = row.getString(2);
                if (filters.equals(ALL_PLANS_FILTER)) {
                    allPlansByLa
                            .computeIfAbsent(row.getString(0), la -> new TreeMap<>())
                            .merge(year, value, Double::sum);
                } else if (row.getString(0).equals(laCode)) {
                    Matcher age = AGE_FILTER.matcher(filters);
                    if (age.matches()) {
                        AgeBand.of(Integer.parseInt(age.group(1)))
                                .ifPresent(band -> byBand.computeIfAbsent(band, b -> new TreeMap<>())
                                        .merge(year, value, Double::sum));
                    }
                }
            }
        }
    }

    /** The forecast of one LA from series already collected: back-test, choice of model, forecasts, growth. */
    public static Result forecast(
            Map<String, TreeMap<Integer, Double>> allPlansByLa,
            Map<AgeBand, TreeMap<Integer, Double>> byBand,
            String laCode,
            int lastYear,
            int horizonYears) {
        int horizonYear = lastYear + horizonYears;
        List<YearlySeries> all = allPlansByLa.entrySet().stream()
                .map(e -> new YearlySeries(e.getKey(), e.getValue()))
                .toList();
        int lastFit = lastYear - TEST_YEARS;
        List<Integer> testYears =
                IntStream.rangeClosed(lastFit + 1, lastYear).boxed().toList();
        List<BackTest.Result> backTests = new ArrayList<>();
        for (TrendModel model : TrendModel.values()) {
            backTests.add(BackTest.run(model, all, lastFit, testYears));
        }
        TrendModel chosen = backTests.stream()
                .filter(result -> !result.series().isEmpty())
                .min(Comparator.comparingDouble(BackTest.Result::medianMape))
                .map(BackTest.Result::model)
                .orElse(TrendModel.LOG_LINEAR);
        List<Integer> ahead = IntStream.rangeClosed(lastYear + 1, lastYear + YEARS_AHEAD)
                .boxed()
                .toList();
        List<SeriesForecast> series = new ArrayList<>();
        Double overall = null;
        TreeMap<Integer, Double> own = allPlansByLa.get(laCode);
        if (own != null) {
            SeriesForecast forecast = forecast(ALL_PLANS, new YearlySeries(ALL_PLANS, own), chosen, ahead);
            series.add(forecast);
            overall = growth(forecast, lastYear, horizonYear);
        }
        Map<AgeBand, Double> growthByBand = new EnumMap<>(AgeBand.class);
        for (var band : byBand.entrySet()) {
            String name = "Age " + band.getKey().label();
            SeriesForecast forecast = forecast(name, new YearlySeries(name, band.getValue()), chosen, ahead);
            series.add(forecast);
            Double growth = growth(forecast, lastYear, horizonYear);
            if (growth != null) {
                growthByBand.put(band.getKey(), growth);
            }
        }
        return new Result(series, backTests, chosen, new SufficiencyCells.Growth(overall, growthByBand), horizonYear);
    }

    private static SeriesForecast forecast(String name, YearlySeries actual, TrendModel model, List<Integer> ahead) {
        boolean fits =
                actual.size() >= TrendModel.MINIMUM_YEARS && !actual.values().containsValue(0.0);
        return new SeriesForecast(name, actual, fits ? model.forecast(actual, ahead) : List.of());
    }

    private static Double growth(SeriesForecast forecast, int lastYear, int horizonYear) {
        Double now = forecast.actual().values().get(lastYear);
        return forecast.predictions().stream()
                .filter(p -> p.year() == horizonYear)
                .findFirst()
                .filter(p -> now != null && now > 0)
                .map(p -> p.value() / now)
                .orElse(null);
    }

    /** The January a DfE time period ends in: 202425 → 2025; a calendar year stays itself. */
    static int year(String timePeriod) {
        return timePeriod.length() == 6
                ? Integer.parseInt(timePeriod.substring(0, 2) + timePeriod.substring(4, 6))
                : Integer.parseInt(timePeriod);
    }
}
