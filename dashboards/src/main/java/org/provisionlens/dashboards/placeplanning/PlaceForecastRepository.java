package org.provisionlens.dashboards.placeplanning;

import java.util.List;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.RunCache;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the place forecast of a run (the controller asks only for published runs). */
@Repository
class PlaceForecastRepository {

    private final JdbcTemplate jdbc;

    PlaceForecastRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // derived from the published run only, which never changes: kept by run id (RunCache)
    private final RunCache<PlaceForecastReport> reports = new RunCache<>(200);

    PlaceForecastReport report(PublishedRun run) {
        return reports.get(run.runId(), () -> read(run));
    }

    private PlaceForecastReport read(PublishedRun run) {
        long runId = run.runId();
        List<TypeRow> types = jdbc.query(
                "SELECT * FROM place_forecast_type WHERE run_id = ? ORDER BY display_order",
                (rs, i) -> new TypeRow(
                        rs.getString("scap_type"),
                        rs.getString("label"),
                        rs.getInt("census_year"),
                        rs.getInt("settings_in_area"),
                        rs.getInt("settings_places_unknown"),
                        rs.getInt("places_known"),
                        rs.getString("capacity_status"),
                        rs.getInt("settings_out_of_area"),
                        rs.getInt("out_of_area_places_unknown"),
                        rs.getInt("out_of_area_places_known"),
                        rs.getInt("pupils_all_ages"),
                        rs.getInt("pupils_outside_year_groups"),
                        rs.getObject("dfe_pupils_all_ages", Integer.class)),
                runId);
        List<CellRow> cells = jdbc.query(
                "SELECT * FROM place_forecast_cell WHERE run_id = ? ORDER BY scap_type, year, year_group",
                (rs, i) -> new CellRow(
                        rs.getString("scap_type"),
                        rs.getInt("year"),
                        rs.getInt("year_group"),
                        rs.getBoolean("census"),
                        rs.getBigDecimal("pupils").doubleValue(),
                        rs.getBigDecimal("low80").doubleValue(),
                        rs.getBigDecimal("high80").doubleValue(),
                        rs.getObject("dfe_pupils", Integer.class)),
                runId);
        List<SettingRow> settings = jdbc.query(
                """
                SELECT s.*, t.label FROM place_forecast_setting s
                  JOIN place_forecast_type t ON t.run_id = s.run_id AND t.scap_type = s.scap_type
                 WHERE s.run_id = ?
                 ORDER BY t.display_order, NOT s.in_area, s.name, s.service_id
                """,
                (rs, i) -> new SettingRow(
                        rs.getString("service_id"),
                        rs.getString("scap_type"),
                        rs.getString("label"),
                        rs.getString("name"),
                        rs.getObject("places", Integer.class),
                        rs.getBoolean("in_area")),
                runId);
        List<GrowthRow> growth = jdbc.query(
                "SELECT * FROM place_forecast_growth WHERE run_id = ? ORDER BY year,"
                        + " array_position(age_bands(), age_band)",
                (rs, i) -> new GrowthRow(
                        rs.getString("age_band"),
                        rs.getInt("year"),
                        rs.getString("series"),
                        rs.getBigDecimal("growth").doubleValue(),
                        rs.getBigDecimal("low80").doubleValue(),
                        rs.getBigDecimal("high80").doubleValue()),
                runId);
        return new PlaceForecastReport(run, types, cells, settings, growth);
    }
}
