package org.provisionlens.dashboards.health;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.provisionlens.core.sufficiency.VerdictThresholds;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the NHS geography and the health and social care cells of published runs (the callers give published runs). */
@Repository
class HealthRepository {

    private static final String CELLS = """
            SELECT * FROM sufficiency_cell
             WHERE run_id = ? AND area_level = ? AND need_code = 'ALL' AND age_band = 'ALL'
               AND domain IN ('HEALTH', 'SOCIAL_CARE')
             ORDER BY area_name, area_code, domain, array_position(ARRAY['UNIVERSAL', 'TARGETED', 'SPECIALIST'], tier)
            """;

    private final JdbcTemplate jdbc;
    private final PublishedRuns runs;

    HealthRepository(JdbcTemplate jdbc, PublishedRuns runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    /** The run's sub-ICB location, its ICB and region, and how many sub-ICB locations its lookup gives the ICB. */
    Optional<HealthPlace> place(long runId) {
        return jdbc
                .query(
                        """
                        SELECT g.*, (SELECT count(*) FROM health_geography a
                                      WHERE a.run_id = g.run_id AND a.icb_code = g.icb_code) AS icb_locations
                          FROM run_health_place p
                          JOIN health_geography g ON g.run_id = p.run_id AND g.sub_icb_code = p.sub_icb_code
                         WHERE p.run_id = ?
                        """,
                        (rs, i) -> new HealthPlace(
                                rs.getString("sub_icb_code"),
                                rs.getString("sub_icb_short_code"),
                                rs.getString("sub_icb_name"),
                                rs.getString("icb_code"),
                                rs.getString("icb_name"),
                                rs.getString("region_name"),
                                rs.getInt("icb_locations")),
                        runId)
                .stream()
                .findFirst();
    }

    /** Every published run whose place is in the ICB (by the run's own lookup), by LA name. */
    List<IcbMember> members(String icbCode) {
        Map<Long, PublishedRun> published =
                runs.all().stream().collect(Collectors.toMap(PublishedRun::runId, run -> run));
        return jdbc
                .query(
                        """
                        SELECT p.run_id, g.sub_icb_code, g.sub_icb_name
                          FROM published_run r
                          JOIN run_health_place p ON p.run_id = r.run_id
                          JOIN health_geography g ON g.run_id = p.run_id AND g.sub_icb_code = p.sub_icb_code
                         WHERE g.icb_code = ?
                        """,
                        (rs, i) -> new IcbMember(
                                published.get(rs.getLong("run_id")),
                                rs.getString("sub_icb_code"),
                                rs.getString("sub_icb_name")),
                        icbCode)
                .stream()
                .filter(member -> member.run() != null)
                .sorted(java.util.Comparator.comparing(member -> member.run().name()))
                .toList();
    }

    List<CareCell> localityCells(long runId) {
        return jdbc.query(CELLS, HealthRepository::cell, runId, "LOCALITY");
    }

    List<CareCell> laCells(long runId) {
        return jdbc.query(CELLS, HealthRepository::cell, runId, "LA");
    }

    /** The names of the run's services of a domain and tier that count in its cells with their capacity unknown. */
    Set<String> unknownCapacity(long runId, String domain, String tier) {
        return new TreeSet<>(jdbc.queryForList("""
                SELECT DISTINCT s.name
                  FROM sufficiency_cell_service c
                  JOIN service s ON s.run_id = c.run_id AND s.service_id = c.service_id
                 WHERE c.run_id = ? AND c.domain = ? AND c.tier = ? AND s.capacity IS NULL
                """, String.class, runId, domain, tier));
    }

    /** The run's verdict thresholds: those it recorded, the defaults for any it did not. */
    VerdictThresholds thresholds(long runId) {
        VerdictThresholds defaults = VerdictThresholds.defaults();
        Map<String, Double> recorded =
                jdbc.queryForList("SELECT threshold, value FROM review_threshold WHERE run_id = ?", runId).stream()
                        .collect(Collectors.toMap(
                                row -> (String) row.get("threshold"),
                                row -> ((Number) row.get("value")).doubleValue()));
        return new VerdictThresholds(
                recorded.getOrDefault("atRiskOccupancyPercent", defaults.atRiskOccupancyPercent()),
                recorded.getOrDefault("atRiskWaitingWeeks", (double) defaults.atRiskWaitingWeeks())
                        .intValue(),
                recorded.getOrDefault("insufficientTravelAccess", defaults.insufficientTravelAccess()),
                recorded.getOrDefault("horizonYears", (double) defaults.horizonYears())
                        .intValue());
    }

    private static CareCell cell(ResultSet rs, int i) throws SQLException {
        return new CareCell(
                rs.getString("area_code"),
                rs.getString("area_name"),
                rs.getString("domain"),
                rs.getString("tier"),
                rs.getInt("ehc_plans"),
                rs.getInt("sen_support"),
                rs.getInt("referrals"),
                rs.getInt("demand"),
                decimal(rs, "capacity"),
                rs.getString("capacity_unit"),
                decimal(rs, "in_use"),
                rs.getObject("waiting_list", Integer.class),
                rs.getObject("max_waiting_weeks", Integer.class),
                rs.getObject("support_referrals", Integer.class),
                decimal(rs, "support_caseload"),
                decimal(rs, "support_in_use"),
                decimal(rs, "hours_available"),
                decimal(rs, "hours_used"),
                rs.getObject("hours_waiting", Integer.class),
                rs.getInt("out_of_area"),
                decimal(rs, "out_of_area_cost"),
                rs.getInt("out_of_area_cost_unknown"),
                rs.getInt("within_reach"),
                decimal(rs, "growth"),
                rs.getInt("horizon_year"),
                rs.getDouble("forecast_demand"),
                rs.getString("verdict"),
                rs.getString("reason"));
    }

    private static Double decimal(ResultSet rs, String column) throws SQLException {
        java.math.BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }
}
