package org.provisionlens.core.reorganisation;

import static org.provisionlens.core.reorganisation.RowValues.decimal;
import static org.provisionlens.core.reorganisation.RowValues.integer;
import static org.provisionlens.core.reorganisation.RowValues.money;
import static org.provisionlens.core.reorganisation.RowValues.text;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.provision.ProvisionKind;
import org.provisionlens.core.sufficiency.PlacementCosts;
import org.provisionlens.core.sufficiency.VerdictThresholds;

/**
 * What a published run was judged against: its verdict thresholds (review_threshold), its placement costs
 * (run_placement_cost), its transport policy (run_transport_policy), and the EHC plan forecast's growth to the horizon
 * (demand_forecast).
 */
final class BaselineSettings {

    /** The series the run's demand forecast publishes for the LA's EHC plans (jobs' DemandForecast.ALL_PLANS). */
    static final String ALL_PLANS = "All EHC plans";

    static final String THRESHOLDS = "SELECT threshold, value FROM review_threshold WHERE run_id = ?";
    static final String COSTS =
            "SELECT provision_kind, per_place_per_year, source FROM run_placement_cost WHERE run_id = ?";
    static final String TRANSPORT = "SELECT max_miles, cost_per_mile, journeys_per_year, source"
            + " FROM run_transport_policy WHERE run_id = ?";
    static final String FORECAST = "SELECT year, kind, value, low80, high80 FROM demand_forecast"
            + " WHERE run_id = ? AND area_code = ? AND series = ? ORDER BY year";

    /** The forecast's horizon year and growth under each scenario (empty when the run has no forecast to it). */
    record Forecast(int horizonYear, Map<Scenario, Double> growth) {}

    private BaselineSettings() {}

    /** The run's thresholds; any it did not publish at its default. */
    static VerdictThresholds thresholds(PublishedRows rows, long runId) {
        Map<String, Double> given = new HashMap<>();
        for (Map<String, Object> row : rows.query(THRESHOLDS, runId)) {
            given.put(text(row, "threshold"), decimal(row, "value"));
        }
        VerdictThresholds d = VerdictThresholds.defaults();
        return new VerdictThresholds(
                given.getOrDefault("atRiskOccupancyPercent", d.atRiskOccupancyPercent()),
                given.getOrDefault("atRiskWaitingWeeks", (double) d.atRiskWaitingWeeks())
                        .intValue(),
                given.getOrDefault("insufficientTravelAccess", d.insufficientTravelAccess()),
                given.getOrDefault("horizonYears", (double) d.horizonYears()).intValue());
    }

    static PlacementCosts costs(PublishedRows rows, long runId) {
        Map<ProvisionKind, PlacementCosts.Default> defaults = new EnumMap<>(ProvisionKind.class);
        for (Map<String, Object> row : rows.query(COSTS, runId)) {
            defaults.put(
                    ProvisionKind.valueOf(text(row, "provision_kind")),
                    new PlacementCosts.Default(money(row, "per_place_per_year"), text(row, "source")));
        }
        return new PlacementCosts(defaults);
    }

    /**
     * The run's transport policy; when it published none (runs before issue 10), the longest journey the travel
     * access measure accepts (45 minutes at 30 km/h = 22.5 km by road = 13.98 miles) and no cost per mile.
     */
    static TransportPolicy transport(PublishedRows rows, long runId) {
        List<Map<String, Object>> found = rows.query(TRANSPORT, runId);
        if (found.isEmpty()) {
            return TransportPolicy.defaults();
        }
        Map<String, Object> row = found.get(0);
        BigDecimal perMile = money(row, "cost_per_mile");
        return new TransportPolicy(
                decimal(row, "max_miles"), perMile, integer(row, "journeys_per_year"), text(row, "source"));
    }

    /**
     * Growth of the LA's EHC plans from the latest actual year to the horizon (that year + the run's horizonYears), as
     * the run computed it: the forecast's value, and the ends of its 80% interval, over the latest actual.
     *
     * @param referenceYear the year the review's time period ends in, the horizon's base when there is no actual
     */
    static Forecast forecast(PublishedRows rows, long runId, String laCode, int horizonYears, int referenceYear) {
        List<Map<String, Object>> series = rows.query(FORECAST, runId, laCode, ALL_PLANS);
        Double latest = null;
        int lastYear = referenceYear;
        for (Map<String, Object> row : series) {
            if ("actual".equals(text(row, "kind"))) {
                lastYear = integer(row, "year");
                latest = decimal(row, "value");
            }
        }
        int horizon = lastYear + horizonYears;
        Map<Scenario, Double> growth = new EnumMap<>(Scenario.class);
        for (Map<String, Object> row : series) {
            if (latest != null
                    && latest > 0
                    && "forecast".equals(text(row, "kind"))
                    && integer(row, "year") == horizon) {
                put(growth, Scenario.LOW, decimal(row, "low80"), latest);
                put(growth, Scenario.CENTRAL, decimal(row, "value"), latest);
                put(growth, Scenario.HIGH, decimal(row, "high80"), latest);
            }
        }
        return new Forecast(horizon, growth);
    }

    private static void put(Map<Scenario, Double> growth, Scenario scenario, Double atHorizon, double latest) {
        if (atHorizon != null) {
            growth.put(scenario, atHorizon / latest);
        }
    }
}
