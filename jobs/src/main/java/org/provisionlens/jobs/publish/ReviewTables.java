package org.provisionlens.jobs.publish;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.provisionlens.core.forecast.BacktestTable;
import org.provisionlens.core.forecast.DataBreaks;
import org.provisionlens.core.forecast.LaRegions;
import org.provisionlens.core.forecast.Prediction;
import org.provisionlens.core.sufficiency.CellAssessment;
import org.provisionlens.core.sufficiency.CellKey;
import org.provisionlens.core.sufficiency.CellMeasures;
import org.provisionlens.core.sufficiency.DemandDefinition;
import org.provisionlens.core.sufficiency.Locality;
import org.provisionlens.core.sufficiency.SufficiencyCells;
import org.provisionlens.jobs.assess.DemandForecast;
import org.provisionlens.jobs.assess.ReviewResults;
import org.provisionlens.jobs.copy.CsvRows;
import org.provisionlens.jobs.copy.TableSink;

/** The tables of the sufficiency review: localities, cells and the services behind them, forecast, back-test, audit. */
public final class ReviewTables {

    private ReviewTables() {}

    static void write(Connection connection, long runId, String laCode, ReviewResults review)
            throws SQLException, IOException {
        TableSink sink = TableSink.copyTo(connection);
        writeLocalities(sink, runId, review.localityOfLsoa());
        writeCells(sink, runId, laCode, review.matrix());
        writeForecast(sink, runId, laCode, review.forecast());
        AuditTables.write(sink, runId, review.audit());
        PlaceForecastTables.write(connection, runId, review.placePlanning());
    }

    /** locality_lsoa: the locality of each LSOA. */
    public static void writeLocalities(TableSink sink, long runId, Map<String, Locality> localityOfLsoa)
            throws SQLException, IOException {
        CsvRows localities = new CsvRows();
        localityOfLsoa.forEach((lsoa, locality) -> localities.add(runId, locality.code(), locality.name(), lsoa));
        sink.rows("locality_lsoa (run_id, locality_code, locality_name, lsoa_code)", localities);
    }

    /** sufficiency_cell and sufficiency_cell_service: the matrix and the services behind each cell. */
    public static void writeCells(TableSink sink, long runId, String laCode, SufficiencyCells.Matrix matrix)
            throws SQLException, IOException {
        CsvRows cells = new CsvRows();
        for (CellAssessment cell : matrix.cells()) {
            CellKey k = cell.key();
            CellMeasures m = cell.measures();
            cells.add(
                    runId,
                    k.areaCode(),
                    k.areaName(),
                    k.areaCode().equals(laCode) ? "LA" : "LOCALITY",
                    k.need() == null ? "ALL" : k.need().name(),
                    k.ageBand() == null ? "ALL" : k.ageBand().label(),
                    k.domain().name(),
                    k.tier().name(),
                    m.ehcPlans(),
                    m.senSupport(),
                    m.demand(),
                    round(m.capacity(), 2),
                    cell.capacityUnit(),
                    round(m.inUse(), 2),
                    round(m.spare(), 2),
                    round(m.occupancyPercent(), 1),
                    m.waitingList(),
                    m.maxWaitingWeeks(),
                    m.outOfArea(),
                    round(m.outOfAreaCost(), 2),
                    m.withinReach(),
                    m.travelAccess() == null ? null : round(m.travelAccess() * 100, 1),
                    round(cell.growth(), 4),
                    cell.horizonYear(),
                    round(cell.forecastDemand(), 2),
                    round(cell.gap(), 2),
                    cell.verdict().code(),
                    cell.verdict().reason(),
                    DemandDefinition.of(k.domain(), k.tier()).who(),
                    m.referrals(),
                    m.hours() == null ? null : round(m.hours().available(), 2),
                    m.hours() == null ? null : round(m.hours().used(), 2),
                    m.hours() == null ? null : m.hours().waiting(),
                    m.support() == null ? null : m.support().referrals(),
                    m.support() == null ? null : round(m.support().caseload(), 2),
                    m.support() == null ? null : round(m.support().inUse(), 2),
                    m.outOfAreaCostUnknown());
        }
        sink.rows(
                "sufficiency_cell (run_id, area_code, area_name, area_level, need_code, age_band, domain,"
                        + " tier, ehc_plans, sen_support, demand, capacity, capacity_unit, in_use, spare, occupancy_pct,"
                        + " waiting_list, max_waiting_weeks, out_of_area, out_of_area_cost, within_reach, travel_access_pct,"
                        + " growth, horizon_year, forecast_demand, gap, verdict, reason, demand_definition, referrals,"
                        + " hours_available, hours_used, hours_waiting, support_referrals, support_caseload,"
                        + " support_in_use, out_of_area_cost_unknown)",
                cells);
        Map<String, Double> shares = new HashMap<>();
        for (SufficiencyCells.CellService service : matrix.services()) {
            CellKey k = service.cell();
            String key = String.join(
                    "|",
                    k.need().name(),
                    k.ageBand().label(),
                    k.domain().name(),
                    k.tier().name(),
                    service.serviceId());
            shares.merge(key, service.share(), Double::sum);
        }
        CsvRows behind = new CsvRows();
        shares.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String[] k = e.getKey().split("\\|", 5);
            behind.add(runId, laCode, k[0], k[1], k[2], k[3], k[4], round(e.getValue(), 6));
        });
        sink.rows(
                "sufficiency_cell_service (run_id, area_code, need_code, age_band, domain, tier,"
                        + " service_id, share)",
                behind);
    }

    /** demand_forecast, forecast_backtest_origin and forecast_break: the LA's forecast and the back-test behind it. */
    public static void writeForecast(TableSink sink, long runId, String laCode, DemandForecast.Result forecast)
            throws SQLException, IOException {
        CsvRows rows = new CsvRows();
        String model = forecast.chosen().name();
        for (var series : forecast.series()) {
            series.actual()
                    .values()
                    .forEach((year, value) -> rows.add(
                            runId,
                            laCode,
                            series.series(),
                            year,
                            "actual",
                            round(value, 2),
                            null,
                            null,
                            null,
                            null,
                            null));
            for (Prediction p : series.predictions()) {
                rows.add(
                        runId,
                        laCode,
                        series.series(),
                        p.year(),
                        "forecast",
                        round(p.value(), 2),
                        round(p.low80(), 2),
                        round(p.high80(), 2),
                        round(p.low95(), 2),
                        round(p.high95(), 2),
                        model);
            }
        }
        sink.rows(
                "demand_forecast (run_id, area_code, series, year, kind, value, low80, high80, low95,"
                        + " high95, model)",
                rows);
        writeBacktest(sink, runId, forecast);
    }

    private static void writeBacktest(TableSink sink, long runId, DemandForecast.Result forecast)
            throws SQLException, IOException {
        DemandForecast.Backtest backtest = forecast.backtest();
        CsvRows rows = new CsvRows();
        for (BacktestTable.Row row : backtest.table().rows()) {
            rows.add(
                    runId,
                    row.model().name(),
                    row.origin(),
                    row.horizon(),
                    backtest.result().eligible().get(row.origin()),
                    row.las(),
                    row.points(),
                    round(row.medianError(), 4),
                    round(row.meanError(), 4),
                    row.within80(),
                    row.within95(),
                    round(row.weight(), 2),
                    row.model() == forecast.chosen());
        }
        sink.rows(
                "forecast_backtest_origin (run_id, model, origin, horizon, eligible, las, points, median_error,"
                        + " mean_error, within80, within95, blend_weight, chosen)",
                rows);
        LaRegions names = LaRegions.bundled();
        CsvRows breaks = new CsvRows();
        for (DataBreaks.Break b : backtest.result().breaks()) {
            breaks.add(
                    runId,
                    b.la(),
                    names.nameOf().get(b.la()),
                    b.year(),
                    round(b.value(), 2),
                    round(b.previous(), 2),
                    round(b.logChange(), 4),
                    round(b.typical(), 4));
        }
        sink.rows(
                "forecast_break (run_id, la_code, la_name, year, value, previous, log_change, typical_log_change)",
                breaks);
    }

    private static BigDecimal round(Double value, int places) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
    }
}
