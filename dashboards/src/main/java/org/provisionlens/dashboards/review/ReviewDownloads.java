package org.provisionlens.dashboards.review;

import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;
import org.provisionlens.core.sufficiency.DemandDefinition;
import org.provisionlens.dashboards.downloads.Table;

/** The review's downloads (CSV and XLSX): its tables with exactly the numbers the pages show, unknown as empty (never 0). */
final class ReviewDownloads {

    static final String CELLS = "cells";
    static final String COMPARE = "compare";
    static final String BACKTEST = "backtest";
    static final String BREAKS = "breaks";
    static final String MAP = "map";

    private ReviewDownloads() {}

    static Table cells(HeatMap heatMap) {
        Table.Builder table = Table.named(
                CELLS,
                "area_code",
                "area",
                "area_level",
                "need_code",
                "need",
                "age_band",
                "domain",
                "tier",
                "ehc_plans",
                "sen_support",
                "demand",
                "capacity",
                "capacity_unit",
                "in_use",
                "spare",
                "occupancy_pct",
                "waiting_list",
                "max_waiting_weeks",
                "out_of_area",
                "out_of_area_cost",
                "within_reach",
                "travel_access_pct",
                "growth",
                "horizon_year",
                "forecast_demand",
                "gap",
                "verdict",
                "reason",
                "demand_definition");
        for (Cell c : heatMap.cells()) {
            CellRef r = c.ref();
            table.row(
                    r.area(),
                    c.areaName(),
                    c.areaLevel(),
                    r.need(),
                    ReviewLabels.need(r.need()),
                    r.age(),
                    r.domain(),
                    r.tier(),
                    c.ehcPlans(),
                    c.senSupport(),
                    c.demand(),
                    c.capacity(),
                    c.capacityUnit(),
                    c.inUse(),
                    c.spare(),
                    c.occupancyPct(),
                    c.waitingList(),
                    c.maxWaitingWeeks(),
                    c.outOfArea(),
                    c.outOfAreaCost(),
                    c.withinReach(),
                    c.travelAccessPct(),
                    c.growth(),
                    c.horizonYear(),
                    c.forecastDemand(),
                    c.gap(),
                    c.verdict(),
                    c.reason(),
                    DemandDefinition.of(Domain.valueOf(r.domain()), Tier.valueOf(r.tier()))
                            .who());
        }
        return table.build();
    }

    static Table compare(Comparison comparison) {
        Table.Builder table = Table.named(
                COMPARE, "cell", "area_code", "need_code", "previous_verdict", "verdict", "change", "previous_run_id");
        for (Comparison.Change change : comparison.changes()) {
            table.row(
                    change.label(),
                    change.cell().ref().area(),
                    change.cell().ref().need(),
                    change.previous().code(),
                    change.now().code(),
                    change.worse() ? "worse" : "better",
                    comparison.previousRunId());
        }
        return table.build();
    }

    /** Every model x origin x horizon (horizon 0: all horizons), as the back-test page shows them. */
    static Table backtest(Backtest backtest) {
        Table.Builder table = Table.named(
                BACKTEST,
                "model",
                "origin",
                "horizon",
                "eligible_las",
                "scored_las",
                "points",
                "median_error_pct",
                "mean_error_pct",
                "within80",
                "within95",
                "blend_weight",
                "chosen");
        for (BacktestRow r : backtest.rows()) {
            table.row(
                    r.model(),
                    r.origin(),
                    r.horizon(),
                    r.eligible(),
                    r.las(),
                    r.points(),
                    r.medianError(),
                    r.meanError(),
                    r.within80(),
                    r.within95(),
                    r.blendWeight(),
                    r.chosen() ? "yes" : "no");
        }
        return table.build();
    }

    /** The data breaks the back-test left out. */
    static Table breaks(Backtest backtest) {
        Table.Builder table = Table.named(
                BREAKS, "la_code", "la_name", "year", "value", "previous", "log_change", "typical_log_change");
        for (BreakRow b : backtest.breaks()) {
            table.row(b.laCode(), b.laName(), b.year(), b.value(), b.previous(), b.logChange(), b.typicalLogChange());
        }
        return table.build();
    }

    static Table map(ReviewMap map) {
        Table.Builder table = Table.named(MAP, "locality_code", "locality", "measure", "value", "class");
        for (ReviewMap.Row row : map.rows()) {
            table.row(
                    row.localityCode(),
                    row.localityName(),
                    map.measure().code(),
                    row.value(),
                    row.fill().label());
        }
        return table.build();
    }
}
