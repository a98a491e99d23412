package org.provisionlens.jobs.assess;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.placeplanning.BandGrowth;
import org.provisionlens.core.placeplanning.Census;
import org.provisionlens.core.placeplanning.PlaceForecast;
import org.provisionlens.core.placeplanning.ScapSettings;
import org.provisionlens.core.placeplanning.ScapType;
import org.provisionlens.core.placeplanning.YearGroup;
import org.provisionlens.core.services.Service;

/**
 * Builds the run's SCAP place forecast: the census from the child records with EHC plans (each child's setting read as
 * a SCAP type through the run's services), the roll-forward with the demand forecast's age bands, the places of each
 * type from the services, and DfE SEN2's placement counts beside the records where the run's statistics have them.
 */
public final class PlaceForecasts {

    private PlaceForecasts() {}

    /**
     * @param childRecords the conformed child records (columns age, support_level, setting are read)
     * @param growth each age band's forecast growth over the census year (see {@link ForecastGrowth})
     * @return the place forecast, or {@code null} when the run has no child records to count pupils from
     */
    public static PlacePlanning of(
            Dataset<Row> childRecords,
            List<Service> services,
            List<Dataset<Row>> statistics,
            String laCode,
            int censusYear,
            List<BandGrowth> growth) {
        if (childRecords == null) {
            return null;
        }
        ScapSettings settings = ScapSettings.of(services);
        Map<Integer, Integer> plansByAge = new TreeMap<>();
        Map<ScapType, Map<YearGroup, Integer>> pupils = new EnumMap<>(ScapType.class);
        Map<ScapType, Integer> allAges = zeros();
        Map<ScapType, Integer> outside = zeros();
        List<Row> rows = childRecords
                .filter(col("support_level").equalTo(SupportLevel.EHC_PLAN.name()))
                .groupBy(col("age"), coalesce(col("setting"), lit("")).as("setting"))
                .agg(count(lit(1)).as("children"))
                .collectAsList();
        for (Row row : rows) {
            int age = row.getInt(0);
            int n = (int) row.getLong(2);
            plansByAge.merge(age, n, Integer::sum);
            Optional<ScapType> type = settings.ofSetting(row.getString(1));
            if (type.isEmpty()) {
                continue;
            }
            allAges.merge(type.get(), n, Integer::sum);
            Optional<YearGroup> group = YearGroup.ofAge(age);
            if (group.isPresent()) {
                pupils.computeIfAbsent(type.get(), t -> new HashMap<>()).merge(group.get(), n, Integer::sum);
            } else {
                outside.merge(type.get(), n, Integer::sum);
            }
        }
        Census census = new Census(censusYear, plansByAge, pupils);
        DfePlacements dfe = DfePlacements.of(statistics, laCode, censusYear);
        return new PlacePlanning(
                PlaceForecast.project(census, growth, PlacePlanning.YEARS_AHEAD),
                settings.places(),
                settings.settings(),
                allAges,
                outside,
                dfe == null ? null : dfe.allAges(),
                dfe == null ? null : dfe.byYearGroup(),
                growth);
    }

    private static Map<ScapType, Integer> zeros() {
        Map<ScapType, Integer> map = new EnumMap<>(ScapType.class);
        for (ScapType type : ScapType.values()) {
            map.put(type, 0);
        }
        return map;
    }
}
