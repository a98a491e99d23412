package org.provisionlens.jobs.assess;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.provisionlens.core.forecast.BacktestTable;
import org.provisionlens.core.forecast.CohortAgeing;
import org.provisionlens.core.forecast.ErrorQuantiles;
import org.provisionlens.core.forecast.ForecastModel;
import org.provisionlens.core.forecast.LaCodes;
import org.provisionlens.core.forecast.LaPanel;
import org.provisionlens.core.forecast.LaRegions;
import org.provisionlens.core.forecast.OriginForecaster;
import org.provisionlens.core.forecast.Prediction;
import org.provisionlens.core.forecast.RollingBacktest;
import org.provisionlens.core.forecast.YearlySeries;
import org.provisionlens.core.sufficiency.AgeBand;
import org.provisionlens.core.sufficiency.SufficiencyCells;

/**
 * The demand forecast of a run, from DfE's EHC plan caseload series in the run's statistics (indicator
 * {@code ehcplans}). Every LA's all-plans series (code changes merged, {@link LaCodes}) is back-tested on rolling
 * origins (the four Januaries before the last year, 1 to 3 years ahead, {@link RollingBacktest}); the model is chosen by
 * {@link BacktestTable}'s rule and forecasts the LA 1 to 5 years ahead, with 80% and 95% intervals from that model's
 * back-test errors by horizon ({@link ErrorQuantiles}, every origin). Age bands: the LA's plans by single year of age
 * carried forward by ageing cohorts ({@link CohortAgeing}, national transition ratios), scaled so that the bands grow
 * together as the chosen model's all-plans forecast does. Years are January snapshots: time period 202425 is 2025.
 */
public final class DemandForecast {

    static final String ALL_PLANS = "All EHC plans";
    static final String ALL_PLANS_FILTER = "breakdown_topic=All EHC plans;breakdown=All EHC plans";
    private static final Pattern AGE_FILTER =
            Pattern.compile("breakdown_topic=Child or young persons age;breakdown=age (\\d+)( and under)?");
    static final int ORIGINS = 4;
    static final int YEARS_AHEAD = 5;

    /** One series: its actual values and the forecast. */
    public record SeriesForecast(String series, YearlySeries actual, List<Prediction> predictions) {}

    /**
     * The series a forecast is made from: every LA's all-plans series (by current code), and plans by single year of
     * age (year, then age; DfE's "age 2 and under" is age 2) of the run's LA and of England.
     */
    public record Collected(
            Map<String, TreeMap<Integer, Double>> allPlansByLa,
            Map<Integer, Map<Integer, Double>> laAges,
            Map<Integer, Map<Integer, Double>> nationalAges) {

        public static Collected empty() {
            return new Collected(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        }
    }

    /** The back-test of every LA: done once for a set of statistics, whichever LA is then forecast. */
    public record Backtest(LaPanel panel, int lastYear, RollingBacktest.Result result, BacktestTable table) {

        public ForecastModel chosen() {
            return table.chosen();
        }

        public static Backtest of(Map<String, TreeMap<Integer, Double>> allPlansByLa, int lastYear) {
            LaPanel panel = LaPanel.of(allPlansByLa, LaRegions.bundled().regionOf());
            List<Integer> origins =
                    IntStream.range(lastYear - ORIGINS, lastYear).boxed().toList();
            RollingBacktest.Result result = RollingBacktest.run(panel, origins, RollingBacktest.MAX_HORIZON);
            return new Backtest(panel, lastYear, result, BacktestTable.of(result));
        }
    }

    /**
     * @param backtest the back-test across LAs; {@code chosen} the model its rule chose
     */
    public record Result(
            List<SeriesForecast> series,
            Backtest backtest,
            ForecastModel chosen,
            SufficiencyCells.Growth growth,
            int horizonYear) {}

    private DemandForecast() {}

    static Result of(List<Dataset<Row>> statistics, String laCode, int lastYear, int horizonYears) {
        Collected collected = collect(statistics, laCode);
        return forecast(collected, Backtest.of(collected.allPlansByLa(), lastYear), laCode, horizonYears);
    }

    /** Every LA's all-plans series, and plans by age of {@code laCode} and of England, from the statistics. */
    public static Collected collect(List<Dataset<Row>> statistics, String laCode) {
        Collected collected = Collected.empty();
        for (Dataset<Row> long_ : statistics) {
            List<Row> rows = long_.filter(col("indicator")
                            .equalTo("ehcplans")
                            .and(col("geographic_level").isin("Local authority", "National"))
                            .and(col("value").isNotNull()))
                    .select("geographic_level", "area_code", "time_period", "filters", "value")
                    .collectAsList();
            for (Row row : rows) {
                add(collected, laCode, row);
            }
        }
        return collected;
    }

    private static void add(Collected collected, String laCode, Row row) {
        boolean national = row.getString(0).equals("National");
        String area = LaCodes.current(row.getString(1));
        int year = year(row.getString(2));
        String filters = row.getString(3);
        double value = ((java.math.BigDecimal) row.get(4)).doubleValue();
        if (filters.equals(ALL_PLANS_FILTER)) {
            if (!national) {
                collected
                        .allPlansByLa()
                        .computeIfAbsent(area, la -> new TreeMap<>())
                        .merge(year, value, Double::sum);
            }
            return;
        }
        Matcher age = AGE_FILTER.matcher(filters);
        if (age.matches() && (national || area.equals(laCode))) {
            (national ? collected.nationalAges() : collected.laAges())
                    .computeIfAbsent(year, y -> new TreeMap<>())
                    .merge(Integer.parseInt(age.group(1)), value, Double::sum);
        }
    }

    /** The forecast of one LA from series already collected and their back-test: forecasts and growth. */
    public static Result forecast(Collected collected, Backtest backtest, String laCode, int horizonYears) {
        int lastYear = backtest.lastYear();
        int horizonYear = lastYear + horizonYears;
        ForecastModel chosen = backtest.chosen();
        List<SeriesForecast> series = new ArrayList<>();
        Double overall = null;
        Map<AgeBand, Double> growthByBand = new EnumMap<>(AgeBand.class);
        TreeMap<Integer, Double> own = collected.allPlansByLa().get(laCode);
        if (own != null && own.getOrDefault(lastYear, 0.0) > 0) {
            SeriesForecast all = allPlans(backtest, laCode, new YearlySeries(ALL_PLANS, own));
            series.add(all);
            overall = growth(all, lastYear, horizonYear);
            for (SeriesForecast band : AgeBandForecast.bands(collected, all, lastYear)) {
                series.add(band);
                Double growth = growth(band, lastYear, horizonYear);
                if (growth != null) {
                    growthByBand.put(AgeBandForecast.bandOf(band.series()), growth);
                }
            }
        }
        return new Result(series, backtest, chosen, new SufficiencyCells.Growth(overall, growthByBand), horizonYear);
    }

    private static SeriesForecast allPlans(Backtest backtest, String laCode, YearlySeries actual) {
        ForecastModel model = backtest.chosen();
        int lastYear = backtest.lastYear();
        double weight = model.blended()
                ? RollingBacktest.weight(
                        model, backtest.panel(), lastYear, backtest.result().breaks())
                : 0;
        OriginForecaster forecaster = new OriginForecaster(backtest.panel(), lastYear);
        ErrorQuantiles quantiles = ErrorQuantiles.of(backtest.result().points().stream()
                .filter(p -> p.model() == model)
                .toList());
        if (quantiles.byHorizon().isEmpty()) {
            // no LA had the years to be back-tested: no intervals can be made, so no forecast
            return new SeriesForecast(ALL_PLANS, actual, List.of());
        }
        List<Prediction> predictions = IntStream.rangeClosed(1, YEARS_AHEAD)
                .mapToObj(h -> quantiles.predict(lastYear + h, h, forecaster.predict(model, laCode, h, weight)))
                .toList();
        return new SeriesForecast(ALL_PLANS, actual, predictions);
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
