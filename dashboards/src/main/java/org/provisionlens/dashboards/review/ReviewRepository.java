package org.provisionlens.dashboards.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the sufficiency cells of published runs only: every query is for the run a published pointer names, or for
 * the previous published review of the same local authority.
 */
@Repository
class ReviewRepository {

    private final JdbcTemplate jdbc;

    private final PublishedRuns runs;

    ReviewRepository(JdbcTemplate jdbc, PublishedRuns runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    List<PublishedRun> publishedRuns() {
        return runs.all();
    }

    /** The published run of {@code laCode}, or of the first local authority when none is asked for. */
    Optional<PublishedRun> published(String laCode) {
        return runs.published(laCode);
    }

    /** The latest published review of the same local authority that finished before this one. */
    Optional<Long> previous(PublishedRun run) {
        return jdbc.queryForList("""
                        SELECT run_id FROM review_run
                         WHERE la_code = ? AND status = 'published' AND run_id <> ? AND finished_at < ?
                         ORDER BY finished_at DESC, run_id DESC
                         LIMIT 1
                        """, Long.class, run.laCode(), run.runId(), run.finishedAt()).stream()
                .findFirst();
    }

    /** The cells of the heat map: every area's cell of the filter's age band, domain and tier (and verdict). */
    List<Cell> cells(long runId, ReviewFilter filter) {
        List<Object> args = new ArrayList<>(List.of(runId, filter.age(), filter.domain(), filter.tier()));
        String verdict = "";
        if (filter.verdict() != null) {
            verdict = " AND verdict = ?";
            args.add(filter.verdict());
        }
        return jdbc.query(
                "SELECT * FROM sufficiency_cell WHERE run_id = ? AND age_band = ? AND domain = ? AND tier = ?"
                        + verdict,
                ReviewRepository::cell,
                args.toArray());
    }

    /** The verdicts of a run's cells of the filter's age band, domain and tier, by area and need. */
    Map<String, String> verdicts(long runId, ReviewFilter filter) {
        Map<String, String> verdicts = new HashMap<>();
        jdbc.query(
                """
                SELECT area_code, need_code, verdict FROM sufficiency_cell
                 WHERE run_id = ? AND age_band = ? AND domain = ? AND tier = ?
                """,
                rs -> {
                    verdicts.put(rs.getString("area_code") + "|" + rs.getString("need_code"), rs.getString("verdict"));
                },
                runId,
                filter.age(),
                filter.domain(),
                filter.tier());
        return verdicts;
    }

    Optional<Cell> cell(long runId, CellRef ref) {
        return jdbc
                .query("""
                        SELECT * FROM sufficiency_cell
                         WHERE run_id = ? AND area_code = ? AND need_code = ? AND age_band = ? AND domain = ?
                           AND tier = ?
                        """, ReviewRepository::cell, runId, ref.area(), ref.need(), ref.age(), ref.domain(), ref.tier())
                .stream()
                .findFirst();
    }

    /** Who counts as demand in a cell, and its measures compared apart from its places. */
    Optional<CellDemand> demand(long runId, CellRef ref) {
        return jdbc
                .query(
                        """
                        SELECT demand_definition, referrals, hours_available, hours_used, hours_waiting,
                               support_referrals, support_caseload, support_in_use, out_of_area_cost_unknown
                          FROM sufficiency_cell
                         WHERE run_id = ? AND area_code = ? AND need_code = ? AND age_band = ? AND domain = ?
                           AND tier = ?
                        """,
                        (rs, row) -> new CellDemand(
                                rs.getString("demand_definition"),
                                rs.getInt("referrals"),
                                rs.getBigDecimal("hours_available"),
                                rs.getBigDecimal("hours_used"),
                                rs.getObject("hours_waiting", Integer.class),
                                rs.getObject("support_referrals", Integer.class),
                                rs.getBigDecimal("support_caseload"),
                                rs.getBigDecimal("support_in_use"),
                                rs.getInt("out_of_area_cost_unknown")),
                        runId,
                        ref.area(),
                        ref.need(),
                        ref.age(),
                        ref.domain(),
                        ref.tier())
                .stream()
                .findFirst();
    }

    /** The locality cells of one need, age band, domain and tier, by name: what the map colours. */
    List<Cell> localityCells(long runId, CellRef ofAnyArea) {
        return jdbc.query(
                """
                SELECT * FROM sufficiency_cell
                 WHERE run_id = ? AND area_level = 'LOCALITY' AND need_code = ? AND age_band = ? AND domain = ?
                   AND tier = ?
                 ORDER BY area_name, area_code
                """,
                ReviewRepository::cell,
                runId,
                ofAnyArea.need(),
                ofAnyArea.age(),
                ofAnyArea.domain(),
                ofAnyArea.tier());
    }

    /**
     * The services behind a cell, the largest share first. The jobs record each service's share of its capacity in every
     * single need and age band it serves; an "all needs" or "all ages" cell adds up those shares.
     */
    List<CellService> services(long runId, CellRef ref) {
        return jdbc.query(
                """
                SELECT cs.service_id, sum(cs.share) AS share, s.name, s.tier, s.capacity, s.capacity_unit
                  FROM sufficiency_cell_service cs
                  LEFT JOIN service s ON s.run_id = cs.run_id AND s.service_id = cs.service_id
                 WHERE cs.run_id = ? AND cs.area_code = ? AND (cs.need_code = ? OR ? = 'ALL')
                   AND (cs.age_band = ? OR ? = 'ALL') AND cs.domain = ? AND cs.tier = ?
                 GROUP BY cs.service_id, s.name, s.tier, s.capacity, s.capacity_unit
                 ORDER BY share DESC, s.name, cs.service_id
                """,
                (rs, i) -> new CellService(
                        rs.getString("service_id"),
                        rs.getString("name"),
                        rs.getString("tier"),
                        rs.getObject("capacity", Integer.class),
                        rs.getString("capacity_unit"),
                        rs.getBigDecimal("share")),
                runId,
                ref.area(),
                ref.need(),
                ref.need(),
                ref.age(),
                ref.age(),
                ref.domain(),
                ref.tier());
    }

    private static Cell cell(ResultSet rs, int row) throws SQLException {
        return new Cell(
                new CellRef(
                        rs.getString("area_code"),
                        rs.getString("need_code"),
                        rs.getString("age_band"),
                        rs.getString("domain"),
                        rs.getString("tier")),
                rs.getString("area_name"),
                rs.getString("area_level"),
                rs.getInt("ehc_plans"),
                rs.getInt("sen_support"),
                rs.getInt("demand"),
                rs.getBigDecimal("capacity"),
                rs.getString("capacity_unit"),
                rs.getBigDecimal("in_use"),
                rs.getBigDecimal("spare"),
                rs.getBigDecimal("occupancy_pct"),
                rs.getObject("waiting_list", Integer.class),
                rs.getObject("max_waiting_weeks", Integer.class),
                rs.getInt("out_of_area"),
                rs.getBigDecimal("out_of_area_cost"),
                rs.getInt("within_reach"),
                rs.getBigDecimal("travel_access_pct"),
                rs.getBigDecimal("growth"),
                rs.getInt("horizon_year"),
                rs.getBigDecimal("forecast_demand"),
                rs.getBigDecimal("gap"),
                rs.getString("verdict"),
                rs.getString("reason"));
    }
}
