package org.provisionlens.dashboards.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.dashboards.Fixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Trafford's review, worked out by hand. Default filter (all ages, education, specialist), columns Trafford,
 * Altrincham North, Sale Central:
 *
 * <pre>
 *              Trafford                 Altrincham North    Sale Central
 *   All needs  30 / 25  insufficient    12 / 14 sufficient  18 / 11 insufficient
 *   ASD        20 / 20.5 at risk        8 / 10 sufficient   12 / 10 insufficient
 *   SEMH       10 / Unknown no data     (no cell)           (no cell)
 * </pre>
 *
 * Counts: insufficient 3, at risk 1, sufficient 2, no data 1 (7 cells). The previous published review (run
 * {@code earlier}) had: Trafford all needs at risk (now worse), Trafford ASD insufficient (better), Trafford SEMH
 * sufficient (now no data: not comparable), Altrincham all needs sufficient (same), Altrincham ASD at risk (better),
 * Sale all needs no data (not comparable), no Sale ASD: so 2 better, 1 worse. An older published run and a running
 * run have other verdicts that must never count.
 */
public final class ReviewFixtures {

    static final String TRAFFORD = "E08000009";
    static final String ALTRINCHAM = "E02001001";
    static final String SALE = "E02001002";
    static final String URMSTON = "E02001003";

    final JdbcTemplate jdbc;
    final Fixtures fixtures;
    public long published;
    long earlier;
    long older;
    long running;

    public ReviewFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.fixtures = new Fixtures(jdbc);
    }

    public ReviewFixtures trafford() {
        fixtures.reset();
        older = fixtures.run("trafford-2023", TRAFFORD, "Trafford", "published", Fixtures.STARTED.minusDays(60));
        earlier = fixtures.run("trafford-2024", TRAFFORD, "Trafford", "published", Fixtures.STARTED.minusDays(30));
        published = fixtures.run("trafford-2025", TRAFFORD, "Trafford", "published", Fixtures.STARTED.plusMinutes(2));
        running = fixtures.run("trafford-rerun", TRAFFORD, "Trafford", "running", null);
        fixtures.publish(published, TRAFFORD);

        // the published run
        cell(
                published,
                TRAFFORD,
                "Trafford",
                "LA",
                "ALL",
                "ALL",
                Map.of(
                        "ehc_plans",
                        27,
                        "sen_support",
                        3,
                        "demand",
                        30,
                        "capacity",
                        25,
                        "forecast_demand",
                        33,
                        "gap",
                        8,
                        "verdict",
                        "insufficient"));
        cell(published, TRAFFORD, "Trafford", "LA", "ASD", "ALL", traffordAsd());
        cell(
                published,
                TRAFFORD,
                "Trafford",
                "LA",
                "SEMH",
                "ALL",
                Map.of(
                        "ehc_plans",
                        7,
                        "sen_support",
                        3,
                        "demand",
                        10,
                        "out_of_area",
                        1,
                        "forecast_demand",
                        10,
                        "verdict",
                        "no_data",
                        "reason",
                        "SEMH, all ages, education, specialist, Trafford: 7 children with plans, 3 on SEN support,"
                                + " capacity unknown; no capacity is recorded for this cell"));
        cell(
                published,
                ALTRINCHAM,
                "Altrincham North",
                "LOCALITY",
                "ALL",
                "ALL",
                Map.of(
                        "demand",
                        12,
                        "ehc_plans",
                        12,
                        "capacity",
                        14,
                        "forecast_demand",
                        12,
                        "gap",
                        -2,
                        "within_reach",
                        11,
                        "travel_access_pct",
                        92.0,
                        "verdict",
                        "sufficient"));
        cell(
                published,
                ALTRINCHAM,
                "Altrincham North",
                "LOCALITY",
                "ASD",
                "ALL",
                Map.of(
                        "demand",
                        8,
                        "ehc_plans",
                        8,
                        "capacity",
                        10,
                        "forecast_demand",
                        8,
                        "gap",
                        -2,
                        "within_reach",
                        3,
                        "travel_access_pct",
                        40.0,
                        "verdict",
                        "sufficient"));
        cell(
                published,
                SALE,
                "Sale Central",
                "LOCALITY",
                "ALL",
                "ALL",
                Map.of(
                        "demand",
                        18,
                        "ehc_plans",
                        18,
                        "capacity",
                        11,
                        "forecast_demand",
                        18,
                        "gap",
                        7,
                        "within_reach",
                        10,
                        "travel_access_pct",
                        60.0,
                        "verdict",
                        "insufficient"));
        cell(
                published,
                SALE,
                "Sale Central",
                "LOCALITY",
                "ASD",
                "ALL",
                Map.of(
                        "demand",
                        12,
                        "ehc_plans",
                        12,
                        "capacity",
                        10,
                        "forecast_demand",
                        12,
                        "gap",
                        2,
                        "verdict",
                        "insufficient"));
        // other filters: aged 11-15 (its own forecast series), aged 5-10 (no series of its own)
        cell(
                published,
                TRAFFORD,
                "Trafford",
                "LA",
                "ASD",
                "11-15",
                Map.of(
                        "demand",
                        6,
                        "ehc_plans",
                        6,
                        "capacity",
                        5,
                        "forecast_demand",
                        7,
                        "gap",
                        2,
                        "verdict",
                        "insufficient"));
        cell(
                published,
                TRAFFORD,
                "Trafford",
                "LA",
                "ASD",
                "5-10",
                Map.of(
                        "demand",
                        4,
                        "ehc_plans",
                        4,
                        "capacity",
                        9,
                        "forecast_demand",
                        4,
                        "gap",
                        -5,
                        "verdict",
                        "sufficient"));

        // the previous published review
        verdict(earlier, TRAFFORD, "Trafford", "LA", "ALL", "at_risk");
        verdict(earlier, TRAFFORD, "Trafford", "LA", "ASD", "insufficient");
        verdict(earlier, TRAFFORD, "Trafford", "LA", "SEMH", "sufficient");
        verdict(earlier, ALTRINCHAM, "Altrincham North", "LOCALITY", "ALL", "sufficient");
        verdict(earlier, ALTRINCHAM, "Altrincham North", "LOCALITY", "ASD", "at_risk");
        verdict(earlier, SALE, "Sale Central", "LOCALITY", "ALL", "no_data");
        // an older published review (not the previous one) and a running run: never shown, never compared
        verdict(older, TRAFFORD, "Trafford", "LA", "ALL", "insufficient");
        verdict(older, TRAFFORD, "Trafford", "LA", "ASD", "at_risk");
        verdict(older, ALTRINCHAM, "Altrincham North", "LOCALITY", "ASD", "sufficient");
        cell(
                running,
                TRAFFORD,
                "Trafford",
                "LA",
                "ALL",
                "ALL",
                Map.of(
                        "demand",
                        999,
                        "ehc_plans",
                        999,
                        "capacity",
                        1,
                        "forecast_demand",
                        999,
                        "verdict",
                        "insufficient"));
        cell(
                running,
                "E02009999",
                "Draft Locality",
                "LOCALITY",
                "ALL",
                "ALL",
                Map.of("demand", 999, "ehc_plans", 999, "forecast_demand", 999, "verdict", "no_data"));
        return this;
    }

    /** 18 plans + 2 on SEN support against 20.5 places; forecast 23.6 in 2028 (+18%), so 3.1 short. */
    static Map<String, Object> traffordAsd() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ehc_plans", 18);
        values.put("sen_support", 2);
        values.put("demand", 20);
        values.put("capacity", new BigDecimal("20.50"));
        values.put("capacity_unit", "PLACES");
        values.put("in_use", 19);
        values.put("spare", new BigDecimal("1.5"));
        values.put("occupancy_pct", new BigDecimal("92.7"));
        values.put("out_of_area", 4);
        values.put("out_of_area_cost", new BigDecimal("120000.00"));
        values.put("within_reach", 17);
        values.put("travel_access_pct", new BigDecimal("85.0"));
        values.put("growth", new BigDecimal("1.1800"));
        values.put("forecast_demand", new BigDecimal("23.60"));
        values.put("gap", new BigDecimal("3.10"));
        values.put("verdict", "at_risk");
        values.put(
                "reason",
                "ASD, all ages, education, specialist, Trafford: 18 children with plans, 2 on SEN support,"
                        + " 21 places, 4 of them outside Trafford; EHC plans forecast +18% by 2028; forecast demand 24 by 2028"
                        + " exceeds capacity; 93% full");
        return values;
    }

    void verdict(long run, String area, String name, String level, String need, String verdict) {
        cell(
                run,
                area,
                name,
                level,
                need,
                "ALL",
                Map.of("demand", 5, "ehc_plans", 5, "capacity", 5, "forecast_demand", 5, "verdict", verdict));
    }

    /** A cell of education, specialist tier; unnamed measures are 0 (counts) or NULL (the rest). */
    void cell(long run, String area, String name, String level, String need, String age, Map<String, Object> given) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("run_id", run);
        values.put("area_code", area);
        values.put("area_name", name);
        values.put("area_level", level);
        values.put("need_code", need);
        values.put("age_band", age);
        values.put("domain", "EDUCATION");
        values.put("tier", "SPECIALIST");
        values.put("ehc_plans", 0);
        values.put("sen_support", 0);
        values.put("demand", 0);
        values.put("capacity_unit", "PLACES");
        values.put("out_of_area", 0);
        values.put("within_reach", 0);
        values.put("horizon_year", 2028);
        values.put("reason", need + ", " + name + ": reason");
        values.putAll(given);
        List<String> columns = new ArrayList<>(values.keySet());
        jdbc.update(
                "INSERT INTO sufficiency_cell (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")",
                values.values().toArray());
    }

    ReviewFixtures forecasts() {
        forecast(published, "All EHC plans", 2023, "actual", 100, null, null, null, null);
        forecast(published, "All EHC plans", 2024, "actual", 110, null, null, null, null);
        forecast(published, "All EHC plans", 2025, "actual", 115, null, null, null, null);
        forecast(published, "All EHC plans", 2026, "forecast", 122, 117.0, 127.0, 112.0, 132.0);
        forecast(published, "All EHC plans", 2027, "forecast", 130, 120.0, 140.0, 110.0, 150.0);
        forecast(published, "Age 11-15", 2024, "actual", 40, null, null, null, null);
        forecast(published, "Age 11-15", 2025, "actual", 44, null, null, null, null);
        forecast(published, "Age 11-15", 2026, "forecast", 48, 45.0, 51.0, 43.0, 53.0);
        forecast(running, "All EHC plans", 2023, "actual", 9999, null, null, null, null);
        return this;
    }

    void forecast(
            long run,
            String series,
            int year,
            String kind,
            double value,
            Double l80,
            Double h80,
            Double l95,
            Double h95) {
        jdbc.update(
                "INSERT INTO demand_forecast VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                run,
                TRAFFORD,
                series,
                year,
                kind,
                value,
                l80,
                h80,
                l95,
                h95,
                "forecast".equals(kind) ? "LOG_LINEAR" : null);
    }

    /** Two services behind Trafford's ASD cell: Pictor (capacity unknown) half counted, Delamere an eighth. */
    ReviewFixtures services() {
        service(published, "svc-delamere", "Delamere School", 120);
        service(published, "svc-pictor", "Pictor Academy", null);
        // as the jobs write them: a service's share of its capacity in each single age band it serves; the all-ages
        // cell adds them up (Delamere 0.075 + 0.05 = 12.5%, Pictor 0.3 + 0.2 = 50%)
        share(published, "svc-delamere", "5-10", "0.075000");
        share(published, "svc-delamere", "11-15", "0.050000");
        share(published, "svc-pictor", "5-10", "0.300000");
        share(published, "svc-pictor", "11-15", "0.200000");
        return this;
    }

    void service(long run, String id, String name, Integer capacity) {
        jdbc.update("""
                INSERT INTO service (run_id, service_id, name, domain, tier, needs, capacity, capacity_unit,
                                     categories, merged_from)
                VALUES (?, ?, ?, 'EDUCATION', 'SPECIALIST', '{ASD}', ?, 'PLACES', '{}', 1)
                """, run, id, name, capacity);
    }

    void share(long run, String serviceId, String ageBand, String share) {
        jdbc.update(
                "INSERT INTO sufficiency_cell_service VALUES (?, ?, 'ASD', ?, 'EDUCATION', 'SPECIALIST', ?, ?)",
                run,
                TRAFFORD,
                ageBand,
                serviceId,
                new BigDecimal(share));
    }

    /** Three localities as MSOAs (Urmston has no cell: no data), and LSOAs that must not be drawn over them. */
    public ReviewFixtures boundaries() {
        boundary(
                published,
                ALTRINCHAM,
                "Altrincham North",
                "MSOA",
                "{\"type\":\"Polygon\",\"coordinates\":[[[-2.35,53.39],[-2.33,53.39],[-2.33,53.40],[-2.35,53.40],"
                        + "[-2.35,53.39]]]}");
        boundary(
                published,
                SALE,
                "Sale Central",
                "MSOA",
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[-2.33,53.42],[-2.31,53.42],[-2.31,53.43],"
                        + "[-2.33,53.43],[-2.33,53.42]]],[[[-2.30,53.42],[-2.29,53.42],[-2.29,53.43],[-2.30,53.42]]]]}");
        boundary(
                published,
                URMSTON,
                "Urmston",
                "MSOA",
                "{\"type\":\"Polygon\",\"coordinates\":[[[-2.37,53.44],[-2.34,53.44],[-2.34,53.46],[-2.37,53.46],"
                        + "[-2.37,53.44]],[[-2.36,53.45],[-2.35,53.45],[-2.35,53.455],[-2.36,53.45]]]}");
        boundary(
                published,
                "E01006001",
                "Trafford 001A",
                "LSOA",
                "{\"type\":\"Polygon\",\"coordinates\":[[[-2.35,53.39],[-2.34,53.39],[-2.34,53.40],[-2.35,53.39]]]}");
        boundary(
                running,
                "E02009999",
                "Draft Locality",
                "MSOA",
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}");
        return this;
    }

    void boundary(long run, String code, String name, String level, String geometry) {
        jdbc.update("INSERT INTO area_boundary VALUES (?, ?, ?, ?, ?)", run, code, name, level, geometry);
    }

    /**
     * Naive drift: median errors 6.00 (2021) and 8.00 (2022), mean of medians 7.00; 6 of 9 actual figures inside the
     * 80% intervals (66.7%), 9 of 9 inside the 95% (100%): its intervals do not hold. The regional blend (chosen):
     * 4.00 and 5.00, mean of medians 4.50 (1 - 4.5 / 7 = 35.7% below naive drift); 79 of 100 inside the 80% intervals,
     * 95 of 100 inside the 95%: they hold. Newham 2025 is a data break: 2,705 to 1,199, e^-0.8136 - 1 = -55.7%,
     * against a median change of e^0.1015 - 1 = +10.7%.
     */
    public ReviewFixtures backtest() {
        backtest(published, "NAIVE_DRIFT", 2021, 0, 3, 3, 6, "6.00", "7.00", 4, 6, null, false);
        backtest(published, "NAIVE_DRIFT", 2022, 0, 3, 2, 3, "8.00", "8.50", 2, 3, null, false);
        backtest(published, "BLEND_REGIONAL", 2021, 0, 3, 3, 50, "4.00", "5.00", 40, 47, "0", true);
        backtest(published, "BLEND_REGIONAL", 2022, 0, 3, 2, 50, "5.00", "5.50", 39, 48, "0.25", true);
        backtest(published, "BLEND_REGIONAL", 2022, 1, 3, 2, 25, "3.00", "3.50", 20, 24, "0.25", true);
        backtest(running, "NAIVE_LAST", 2022, 0, 3, 3, 3, "99.00", "99.00", 0, 0, null, true);
        jdbc.update(
                "INSERT INTO forecast_break VALUES (?, 'E09000025', 'Newham', 2025, 1199, 2705, -0.8136, 0.1015)",
                published);
        return this;
    }

    void backtest(
            long run,
            String model,
            int origin,
            int horizon,
            int eligible,
            int las,
            int points,
            String median,
            String mean,
            int w80,
            int w95,
            String weight,
            boolean chosen) {
        jdbc.update(
                "INSERT INTO forecast_backtest_origin VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                run,
                model,
                origin,
                horizon,
                eligible,
                las,
                points,
                new BigDecimal(median),
                new BigDecimal(mean),
                w80,
                w95,
                weight == null ? null : new BigDecimal(weight),
                chosen);
    }
}
