package org.provisionlens.jobs.publish;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.provisionlens.core.audit.AuditResult;
import org.provisionlens.core.audit.ListingGap;
import org.provisionlens.core.forecast.BackTest;
import org.provisionlens.core.forecast.Prediction;
import org.provisionlens.core.sufficiency.CellAssessment;
import org.provisionlens.core.sufficiency.CellKey;
import org.provisionlens.core.sufficiency.CellMeasures;
import org.provisionlens.core.sufficiency.DemandDefinition;
import org.provisionlens.core.sufficiency.SufficiencyCells;
import org.provisionlens.jobs.assess.ReviewResults;
import org.provisionlens.jobs.copy.Copy;
import org.provisionlens.jobs.copy.CsvRows;

/** The tables of the sufficiency review: localities, cells and the services behind them, forecast, back-test, audit. */
final class ReviewTables {

    private ReviewTables() {}

    static void write(Connection connection, long runId, String laCode, ReviewResults review)
            throws SQLException, IOException {
        CsvRows localities = new CsvRows();
        review.localityOfLsoa()
                .forEach((lsoa, locality) -> localities.add(runId, locality.code(), locality.name(), lsoa));
        Copy.rows(connection, "locality_lsoa (run_id, locality_code, locality_name, lsoa_code)", localities);
        writeCells(connection, runId, laCode, review.matrix());
        writeForecast(connection, runId, laCode, review);
        writeAudit(connection, runId, review.audit());
    }

    private static void writeCells(Connection connection, long runId, String laCode, SufficiencyCells.Matrix matrix)
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
        Copy.rows(
                connection,
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
        Copy.rows(
                connection,
                "sufficiency_cell_service (run_id, area_code, need_code, age_band, domain, tier,"
                        + " service_id, share)",
                behind);
    }

    private static void writeForecast(Connection connection, long runId, String laCode, ReviewResults review)
            throws SQLException, IOException {
        CsvRows rows = new CsvRows();
        String model = review.forecast().chosen().name();
        for (var series : review.forecast().series()) {
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
        Copy.rows(
                connection,
                "demand_forecast (run_id, area_code, series, year, kind, value, low80, high80, low95,"
                        + " high95, model)",
                rows);
        CsvRows backTests = new CsvRows();
        for (BackTest.Result result : review.forecast().backTests()) {
            String testYears = result.testYears().stream().map(String::valueOf).collect(Collectors.joining(","));
            for (BackTest.SeriesResult la : result.series()) {
                backTests.add(
                        runId,
                        result.model().name(),
                        la.name(),
                        null,
                        result.lastFitYear(),
                        testYears,
                        round(la.mape(), 2),
                        la.points(),
                        la.within80(),
                        la.within95(),
                        result.model() == review.forecast().chosen());
            }
        }
        Copy.rows(
                connection,
                "forecast_backtest (run_id, model, la_code, la_name, last_fit_year, test_years, mape,"
                        + " points, within80, within95, chosen)",
                backTests);
    }

    private static void writeAudit(Connection connection, long runId, AuditResult audit)
            throws SQLException, IOException {
        CsvRows categories = new CsvRows();
        for (AuditResult.CategoryScore score : audit.categories()) {
            categories.add(
                    runId,
                    score.category().name(),
                    score.category().paragraph(),
                    score.category().label(),
                    score.services(),
                    score.complete(),
                    score.score());
        }
        Copy.rows(
                connection,
                "audit_category (run_id, category, paragraph, label, services, complete, score)",
                categories);
        CsvRows gaps = new CsvRows();
        audit.gaps()
                .forEach((service, list) ->
                        list.stream().map(ListingGap::name).distinct().forEach(gap -> gaps.add(runId, service, gap)));
        Copy.rows(connection, "audit_listing_gap (run_id, service_id, gap)", gaps);
        CsvRows unlisted = new CsvRows();
        audit.unlistedOutOfArea().forEach((setting, children) -> unlisted.add(runId, setting, children));
        Copy.rows(connection, "audit_unlisted_setting (run_id, setting, children)", unlisted);
        CsvRows fixes = new CsvRows();
        audit.fixes().forEach(fix -> fixes.add(runId, fix.priority(), fix.what(), fix.why()));
        Copy.rows(connection, "audit_fix (run_id, priority, what, why)", fixes);
    }

    private static BigDecimal round(Double value, int places) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
    }
}
