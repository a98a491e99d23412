package org.provisionlens.dashboards.board;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.sufficiency.VerdictThresholds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads what the pack needs from a published run (the callers give the published run's id). */
@Repository
class BoardRepository {

    private static final String SERVICE_COLUMNS =
            "s.service_id, s.name, s.domain, s.tier, s.capacity, s.capacity_unit, s.current_use, s.waiting_list,"
                    + " s.waiting_weeks";

    private final JdbcTemplate jdbc;

    BoardRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The LA's health and social care cells: with {@code leaves}, the single need and age band cells that are at risk
     * or insufficient, the worst first; without, the all-needs, all-ages cell of each domain and tier.
     */
    List<CareCell> careCells(long runId, boolean leaves) {
        String which = leaves
                ? "c.need_code <> 'ALL' AND c.age_band <> 'ALL' AND c.verdict IN ('insufficient', 'at_risk')"
                : "c.need_code = 'ALL' AND c.age_band = 'ALL'";
        return jdbc.query(
                """
                SELECT c.domain, c.tier, c.need_code, c.age_band, c.verdict, c.demand, c.capacity, c.capacity_unit,
                       c.occupancy_pct, c.waiting_list, c.max_waiting_weeks, c.reason,
                       (SELECT count(*) FROM sufficiency_cell l
                         WHERE l.run_id = c.run_id AND l.area_level = 'LOCALITY' AND l.domain = c.domain
                           AND l.tier = c.tier AND l.need_code = 'ALL' AND l.age_band = 'ALL'
                           AND l.verdict IN ('insufficient', 'at_risk')) AS localities
                  FROM sufficiency_cell c
                 WHERE c.run_id = ? AND c.area_level = 'LA' AND c.domain IN ('HEALTH', 'SOCIAL_CARE') AND
                """ + which + """
                 ORDER BY CASE c.verdict WHEN 'insufficient' THEN 0 WHEN 'at_risk' THEN 1 ELSE 2 END, c.domain,
                          CASE c.tier WHEN 'SPECIALIST' THEN 0 WHEN 'TARGETED' THEN 1 ELSE 2 END, c.need_code, c.age_band
                """,
                (rs, i) -> new CareCell(
                        rs.getString("domain"),
                        rs.getString("tier"),
                        rs.getString("need_code"),
                        rs.getString("age_band"),
                        rs.getString("verdict"),
                        rs.getInt("demand"),
                        rs.getBigDecimal("capacity"),
                        rs.getString("capacity_unit"),
                        rs.getBigDecimal("occupancy_pct"),
                        rs.getObject("waiting_list", Integer.class),
                        rs.getObject("max_waiting_weeks", Integer.class),
                        rs.getString("reason"),
                        rs.getInt("localities")),
                runId);
    }

    /** The LA's single need and age band health and social care cells by domain and verdict: {domain: {verdict: n}}. */
    Map<String, Map<String, Integer>> verdictCounts(long runId) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        jdbc.query(
                """
                SELECT domain, verdict, count(*) AS cells FROM sufficiency_cell
                 WHERE run_id = ? AND area_level = 'LA' AND domain IN ('HEALTH', 'SOCIAL_CARE')
                   AND need_code <> 'ALL' AND age_band <> 'ALL'
                 GROUP BY domain, verdict ORDER BY domain, verdict
                """,
                (ResultSet rs) -> {
                    counts.computeIfAbsent(rs.getString("domain"), d -> new LinkedHashMap<>())
                            .put(rs.getString("verdict"), rs.getInt("cells"));
                },
                runId);
        return counts;
    }

    /** The run's at-risk occupancy and waiting thresholds; the defaults where the run recorded none. */
    Thresholds thresholds(long runId) {
        Map<String, Recorded> recorded = new LinkedHashMap<>();
        jdbc.query(
                "SELECT threshold, value, source FROM review_threshold WHERE run_id = ?",
                (ResultSet rs) -> {
                    recorded.put(
                            rs.getString("threshold"),
                            new Recorded(rs.getBigDecimal("value"), "manifest".equals(rs.getString("source"))));
                },
                runId);
        VerdictThresholds defaults = VerdictThresholds.defaults();
        Recorded occupancy = recorded.get("atRiskOccupancyPercent");
        Recorded waits = recorded.get("atRiskWaitingWeeks");
        return new Thresholds(
                occupancy == null
                        ? defaults.atRiskOccupancyPercent()
                        : occupancy.value().doubleValue(),
                occupancy != null && occupancy.fromManifest(),
                waits == null ? defaults.atRiskWaitingWeeks() : waits.value().intValue(),
                waits != null && waits.fromManifest());
    }

    private record Recorded(BigDecimal value, boolean fromManifest) {}

    /** Services whose typical wait is longer than {@code weeks}, the longest first. */
    List<ServiceUse> servicesWaitingLongerThan(long runId, int weeks) {
        return jdbc.query(
                "SELECT " + SERVICE_COLUMNS + " FROM service s WHERE s.run_id = ? AND s.waiting_weeks > ?"
                        + " ORDER BY s.waiting_weeks DESC, s.name",
                BoardRepository::use,
                runId,
                weeks);
    }

    /** The jointly funded services (more than one funder, or a pooled budget) with their funders, by name. */
    List<JointService> jointlyFunded(long runId, Thresholds thresholds) {
        Map<String, ServiceUse> services = new LinkedHashMap<>();
        Map<String, List<FundingShare>> funders = new LinkedHashMap<>();
        jdbc.query(
                "SELECT " + SERVICE_COLUMNS + ", f.funder, f.funder_name, f.share_pct, f.annual_amount, f.arrangement"
                        + """
                  FROM service_funding f JOIN service s ON s.run_id = f.run_id AND s.service_id = f.service_id
                 WHERE f.run_id = ? AND f.service_id IN (
                       SELECT service_id FROM service_funding WHERE run_id = ?
                        GROUP BY service_id HAVING count(*) > 1 OR bool_or(funder = 'JOINT'))
                 ORDER BY s.name, s.service_id, f.share_pct DESC NULLS LAST, f.funder
                """,
                (ResultSet rs) -> {
                    String id = rs.getString("service_id");
                    services.computeIfAbsent(id, key -> useOf(rs));
                    funders.computeIfAbsent(id, key -> new ArrayList<>())
                            .add(new FundingShare(
                                    rs.getString("funder"),
                                    rs.getString("funder_name"),
                                    rs.getBigDecimal("share_pct"),
                                    rs.getBigDecimal("annual_amount"),
                                    rs.getString("arrangement")));
                },
                runId,
                runId);
        List<JointService> joint = new ArrayList<>();
        services.forEach((id, use) -> joint.add(JointService.of(use, funders.get(id), thresholds)));
        return joint;
    }

    private static ServiceUse useOf(ResultSet rs) {
        try {
            return use(rs, 0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ServiceUse use(ResultSet rs, int row) throws SQLException {
        return new ServiceUse(
                rs.getString("service_id"),
                rs.getString("name"),
                rs.getString("domain"),
                rs.getString("tier"),
                rs.getObject("capacity", Integer.class),
                rs.getString("capacity_unit"),
                rs.getObject("current_use", Integer.class),
                rs.getObject("waiting_list", Integer.class),
                rs.getObject("waiting_weeks", Integer.class));
    }
}
