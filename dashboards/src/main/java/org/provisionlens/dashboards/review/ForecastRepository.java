package org.provisionlens.dashboards.review;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the demand forecast and the back-test of a published run. */
@Repository
class ForecastRepository {

    private final JdbcTemplate jdbc;

    ForecastRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The series of an age band for the area, if the run has it, else the series of all EHC plans. */
    String series(long runId, String areaCode, String ageBand) {
        String wanted = ForecastRow.seriesForAge(ageBand);
        Integer rows = jdbc.queryForObject(
                "SELECT count(*) FROM demand_forecast WHERE run_id = ? AND area_code = ? AND series = ?",
                Integer.class,
                runId,
                areaCode,
                wanted);
        return rows != null && rows > 0 ? wanted : ForecastRow.ALL_PLANS;
    }

    List<ForecastRow> forecast(long runId, String areaCode, String series) {
        return jdbc.query(
                "SELECT * FROM demand_forecast WHERE run_id = ? AND area_code = ? AND series = ? ORDER BY year",
                (rs, i) -> new ForecastRow(
                        rs.getInt("year"),
                        rs.getString("kind"),
                        rs.getBigDecimal("value"),
                        rs.getBigDecimal("low80"),
                        rs.getBigDecimal("high80"),
                        rs.getBigDecimal("low95"),
                        rs.getBigDecimal("high95"),
                        rs.getString("model")),
                runId,
                areaCode,
                series);
    }

    /** The rolling-origin back-test: every model x origin x horizon, in the order of the models, then origin. */
    List<BacktestRow> backtest(long runId) {
        return jdbc.query(
                """
                SELECT * FROM forecast_backtest_origin WHERE run_id = ?
                 ORDER BY array_position(trend_models(), model), origin, horizon
                """,
                (rs, i) -> new BacktestRow(
                        rs.getString("model"),
                        rs.getInt("origin"),
                        rs.getInt("horizon"),
                        rs.getInt("eligible"),
                        rs.getInt("las"),
                        rs.getInt("points"),
                        rs.getBigDecimal("median_error"),
                        rs.getBigDecimal("mean_error"),
                        rs.getInt("within80"),
                        rs.getInt("within95"),
                        rs.getBigDecimal("blend_weight"),
                        rs.getBoolean("chosen")),
                runId);
    }

    /** The data breaks the back-test left out, by year then LA. */
    List<BreakRow> breaks(long runId) {
        return jdbc.query(
                "SELECT * FROM forecast_break WHERE run_id = ? ORDER BY year, la_code",
                (rs, i) -> new BreakRow(
                        rs.getString("la_code"),
                        rs.getString("la_name"),
                        rs.getInt("year"),
                        rs.getBigDecimal("value"),
                        rs.getBigDecimal("previous"),
                        rs.getBigDecimal("log_change"),
                        rs.getBigDecimal("typical_log_change")),
                runId);
    }
}
