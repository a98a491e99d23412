package org.provisionlens.dashboards.sufficiency;

import java.util.List;
import java.util.Optional;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
import org.provisionlens.dashboards.RunCache;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads published runs only: every query starts from the published pointer of a local authority. */
@Repository
class SufficiencyRepository {

    private final JdbcTemplate jdbc;

    private final PublishedRuns runs;

    SufficiencyRepository(JdbcTemplate jdbc, PublishedRuns runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    // derived from the published run only, which never changes: kept by run id (RunCache)
    private final RunCache<SufficiencyReport> reports = new RunCache<>(200);

    List<PublishedRun> publishedRuns() {
        return runs.all();
    }

    /** The published run of {@code laCode}, or of the first local authority when none is asked for. */
    Optional<SufficiencyReport> published(String laCode) {
        return runs.published(laCode).map(run -> reports.get(run.runId(), () -> report(run)));
    }

    private SufficiencyReport report(PublishedRun run) {
        long runId = run.runId();
        Headline headline = jdbc
                .query(
                        "SELECT * FROM review_headline WHERE run_id = ?",
                        (rs, i) -> new Headline(
                                rs.getString("la_code"),
                                rs.getString("old_la_code"),
                                rs.getString("la_name"),
                                rs.getString("time_period"),
                                rs.getInt("ehc_plans"),
                                rs.getInt("specialist_plans"),
                                rs.getInt("plans_outside_own"),
                                rs.getInt("population_0_25"),
                                rs.getString("population_year")),
                        runId)
                .stream()
                .findFirst()
                .orElse(null);
        List<SufficiencyRow> rows = jdbc.query(
                "SELECT * FROM specialist_sufficiency WHERE run_id = ? ORDER BY display_order, provision_kind",
                (rs, i) -> new SufficiencyRow(
                        rs.getString("provision_kind"),
                        rs.getString("provision_label"),
                        rs.getInt("display_order"),
                        rs.getInt("settings_in_area"),
                        rs.getInt("settings_capacity_unknown"),
                        rs.getInt("places_known"),
                        rs.getString("capacity_status"),
                        rs.getInt("plans_placed"),
                        rs.getObject("gap", Integer.class),
                        rs.getBigDecimal("occupancy_pct"),
                        rs.getBoolean("outside_own_provision")),
                runId);
        List<NeedRow> needs = jdbc.query(
                "SELECT * FROM specialist_demand_by_need WHERE run_id = ? ORDER BY need_code, provision_kind",
                (rs, i) -> new NeedRow(
                        rs.getString("provision_kind"),
                        rs.getString("need_code"),
                        rs.getObject("plans", Integer.class)),
                runId);
        List<SettingRow> settings = jdbc.query(
                """
                SELECT s.*, coalesce(k.provision_label, s.provision_kind) AS provision_label
                  FROM specialist_setting s
                  LEFT JOIN specialist_sufficiency k ON k.run_id = s.run_id AND k.provision_kind = s.provision_kind
                 WHERE s.run_id = ?
                 ORDER BY k.display_order, s.name, s.urn
                """,
                (rs, i) -> new SettingRow(
                        rs.getString("urn"),
                        rs.getString("name"),
                        rs.getString("provision_kind"),
                        rs.getString("provision_label"),
                        rs.getString("establishment_type"),
                        rs.getObject("low_age", Integer.class),
                        rs.getObject("high_age", Integer.class),
                        rs.getObject("capacity", Integer.class),
                        rs.getString("postcode")),
                runId);
        return new SufficiencyReport(run, headline, rows, needs, settings);
    }
}
