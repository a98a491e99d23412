package org.provisionlens.jobs.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.placeplanning.BandGrowth;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.Tier;
import org.provisionlens.core.sufficiency.AgeBand;
import org.provisionlens.db.TestDatabases;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.assess.PlaceForecasts;
import org.provisionlens.jobs.assess.PlacePlanning;

/**
 * The SCAP place forecast of a small fixture, built with Spark from child records, services and DfE statistics, and
 * published into PostgreSQL; every figure worked out by hand below.
 */
class PlaceForecastTablesTests {

    private static final String LA = "E09000999";
    private static SparkSession spark;
    private static Map<String, String> types;
    private static Map<String, String> cells;
    private static Map<String, String> settings;
    private static Map<String, String> growth;

    /** Oak special school, 20 places; Elm resourced provision, places not given; independent places outside, 5. */
    static List<Service> services() {
        return List.of(
                service("services:SS1", "Oak Special School", 20, null),
                service("services:RP1", "Elm resourced provision", null, null),
                service("services:ISS", "Independent special school placements", 5, false));
    }

    private static Service service(String id, String name, Integer places, Boolean inArea) {
        return ServiceBuilder.service(id, name)
                .domain(Domain.EDUCATION)
                .tier(Tier.SPECIALIST)
                .capacity(places)
                .capacityUnit(places == null ? null : CapacityUnit.PLACES)
                .inArea(inArea)
                .build();
    }

    /**
     * EHC plans: age 3, no setting: 1; age 4: SS1 2, mainstream 2 (4 plans, special school share of Reception 0.5);
     * age 5: RP1 1, alternative provision 1, mainstream 3 (5 plans; units 0.2, AP 0.2); age 6: ISS 1, SS1 1,
     * mainstream 2 (4 plans; special school 0.5); age 19: specialist post-16 institution 1 (a special school pupil
     * outside Reception to Year 14). Three children on SEN support at SS1 are not counted.
     */
    static Dataset<Row> children() {
        List<Row> rows = new ArrayList<>();
        add(rows, 1, 3, "EHC_PLAN", null);
        add(rows, 2, 4, "EHC_PLAN", "SS1");
        add(rows, 2, 4, "EHC_PLAN", "mainstream");
        add(rows, 1, 5, "EHC_PLAN", "RP1");
        add(rows, 1, 5, "EHC_PLAN", "alternative provision");
        add(rows, 3, 5, "EHC_PLAN", "mainstream");
        add(rows, 3, 5, "SEN_SUPPORT", "SS1");
        add(rows, 1, 6, "EHC_PLAN", "ISS");
        add(rows, 1, 6, "EHC_PLAN", "Oak Special School");
        add(rows, 2, 6, "EHC_PLAN", "mainstream");
        add(rows, 1, 19, "EHC_PLAN", "specialist post-16 institution");
        StructType schema = new StructType()
                .add("age", DataTypes.IntegerType)
                .add("support_level", DataTypes.StringType)
                .add("setting", DataTypes.StringType);
        return spark.createDataFrame(rows, schema);
    }

    private static void add(List<Row> rows, int n, int age, String level, String setting) {
        for (int i = 0; i < n; i++) {
            rows.add(RowFactory.create(age, level, setting));
        }
    }

    /**
     * DfE, 2024/25: all ages special_total 4 + specialist post-16 1 = 5; units: LA maintained resourced provision 1,
     * the other five 0 = 1; ap_pru_total suppressed. Age 4: special_total 2 + post-16 0 = 2. Another year and another
     * LA are left out.
     */
    static Dataset<Row> statistics() {
        String all = "breakdown_topic=All EHC plans;breakdown=All EHC plans";
        String age4 = "breakdown_topic=Child or young persons age;breakdown=age 4";
        List<Row> rows = new ArrayList<>();
        rows.add(stat("special_total", LA, "202425", all, 4));
        rows.add(stat("specialist_post_16_institutions", LA, "202425", all, 1));
        for (String unit : List.of(
                "mainstream_academy_resourced_provision",
                "mainstream_free_school_resourced_provision",
                "mainstream_la_maintained_senunit",
                "mainstream_academy_senunit",
                "mainstream_free_school_senunit")) {
            rows.add(stat(unit, LA, "202425", all, 0));
        }
        rows.add(stat("mainstream_la_maintained_resourced_provision", LA, "202425", all, 1));
        rows.add(stat("ap_pru_total", LA, "202425", all, null));
        rows.add(stat("special_total", LA, "202425", age4, 2));
        rows.add(stat("specialist_post_16_institutions", LA, "202425", age4, 0));
        rows.add(stat("special_total", LA, "202324", all, 99));
        rows.add(stat("special_total", "E09000998", "202425", all, 77));
        StructType schema = new StructType()
                .add("indicator", DataTypes.StringType)
                .add("geographic_level", DataTypes.StringType)
                .add("area_code", DataTypes.StringType)
                .add("time_period", DataTypes.StringType)
                .add("filters", DataTypes.StringType)
                .add("value", DataTypes.createDecimalType(38, 10));
        return spark.createDataFrame(rows, schema);
    }

    private static Row stat(String indicator, String la, String period, String filters, Integer value) {
        return RowFactory.create(
                indicator, "Local authority", la, period, filters, value == null ? null : new BigDecimal(value));
    }

    @BeforeAll
    static void buildAndPublish() throws SQLException, java.io.IOException {
        spark = SparkTestSession.start();
        // 0-4 grows 1.5 (80%: 1.0-2.0) by 2026; 5-10 1.25 (1.0-1.5); no other band or year is forecast
        List<BandGrowth> bandGrowth = List.of(
                new BandGrowth(AgeBand.AGE_0_4, 2026, 1.5, 1.0, 2.0),
                new BandGrowth(AgeBand.AGE_5_10, 2026, 1.25, 1.0, 1.5));
        PlacePlanning plan = PlaceForecasts.of(children(), services(), List.of(statistics()), LA, 2025, bandGrowth);
        try (Connection connection = TestDatabases.shared().dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                long run = run(connection);
                PlaceForecastTables.write(connection, run, plan);
                types = query(
                        connection,
                        "SELECT scap_type, settings_in_area || '/' || settings_places_unknown || '/' || places_known"
                                + " || ' ' || capacity_status || ', out ' || settings_out_of_area || '/'"
                                + " || out_of_area_places_known || ', pupils ' || pupils_all_ages || ' ('"
                                + " || pupils_outside_year_groups || ' outside), dfe '"
                                + " || coalesce(dfe_pupils_all_ages::text, 'none')"
                                + " FROM place_forecast_type WHERE run_id = " + run);
                cells = query(
                        connection,
                        "SELECT scap_type || ' ' || year || ' ' || year_group, pupils || ' [' || low80 || ', ' || high80"
                                + " || '] dfe ' || coalesce(dfe_pupils::text, 'none') FROM place_forecast_cell"
                                + " WHERE run_id = " + run);
                settings = query(
                        connection,
                        "SELECT service_id, scap_type || ' ' || coalesce(places::text, 'unknown') || ' ' || in_area"
                                + " FROM place_forecast_setting WHERE run_id = " + run);
                growth = query(
                        connection,
                        "SELECT age_band || ' ' || year, series || ' ' || growth || ' [' || low80 || ', ' || high80 || ']'"
                                + " FROM place_forecast_growth WHERE run_id = " + run);
            } finally {
                connection.rollback();
            }
        }
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void publishesThePlacesOfEachTypeWithUnknownPlacesKeptUnknown() {
        // special schools: Oak 20 in the area; independent 5 outside. Pupils: Oak 2 + 1, ISS 1, post-16 1 = 5, of whom
        // the 19-year-old is outside the year groups; DfE 4 + 1 = 5.
        assertThat(types.get("SPECIAL_SCHOOL")).isEqualTo("1/0/20 complete, out 1/5, pupils 5 (1 outside), dfe 5");
        // units: Elm, places not given: unknown. One pupil; DfE 1 + 0 x 5 = 1.
        assertThat(types.get("SEN_UNIT_OR_RESOURCED_PROVISION"))
                .isEqualTo("1/1/0 unknown, out 0/0, pupils 1 (0 outside), dfe 1");
        // alternative provision: no setting listed; one pupil; DfE suppressed
        assertThat(types.get("ALTERNATIVE_PROVISION"))
                .isEqualTo("0/0/0 none_in_area, out 0/0, pupils 1 (0 outside), dfe none");
        assertThat(settings)
                .containsOnly(
                        Map.entry("services:SS1", "SPECIAL_SCHOOL 20 true"),
                        Map.entry("services:RP1", "SEN_UNIT_OR_RESOURCED_PROVISION unknown true"),
                        Map.entry("services:ISS", "SPECIAL_SCHOOL 5 false"));
    }

    @Test
    void publishesTheCensusBesideDfesCountOfTheSameAges() {
        // 6 years (2025-2030) x 3 types x 15 year groups
        assertThat(cells).hasSize(270);
        assertThat(cells.get("SPECIAL_SCHOOL 2025 0")).isEqualTo("2.00 [2.00, 2.00] dfe 2");
        assertThat(cells.get("SPECIAL_SCHOOL 2025 2")).isEqualTo("2.00 [2.00, 2.00] dfe none");
        assertThat(cells.get("SEN_UNIT_OR_RESOURCED_PROVISION 2025 1")).isEqualTo("1.00 [1.00, 1.00] dfe none");
    }

    @Test
    void rollsTheCohortsForward() {
        // 2026, band 0-4 = census x 1.5: age 4 = 6 (80%: 4 to 8); Reception = 6 x 0.5 = 3 (2 to 4)
        assertThat(cells.get("SPECIAL_SCHOOL 2026 0")).isEqualTo("3.00 [2.00, 4.00] dfe none");
        // band 5-10 after ageing: ages 5, 6, 7 = 4, 5, 4 = 13; target (5 + 4) x 1.25 = 11.25; age 6 = 5 x 11.25 / 13
        // = 4.326923; Y2 = x 0.5 = 2.163462 -> 2.16. Low: 9 x 1.0 = 9: 5 x 9 / 13 x 0.5 = 1.730769 -> 1.73; high:
        // 9 x 1.5 = 13.5: 5 x 13.5 / 13 x 0.5 = 2.596154 -> 2.60.
        assertThat(cells.get("SPECIAL_SCHOOL 2026 2")).isEqualTo("2.16 [1.73, 2.60] dfe none");
        // units Y1: age 5 = 4 x 11.25 / 13 = 3.461538; x 0.2 = 0.692308 -> 0.69
        assertThat(cells.get("SEN_UNIT_OR_RESOURCED_PROVISION 2026 1")).startsWith("0.69 [");
        // 2027: no forecast, so only ageing: age 4 back to the census 4, R = 2; age 5 = 2026's age 4 = 6,
        // units Y1 = 6 x 0.2 = 1.2
        assertThat(cells.get("SPECIAL_SCHOOL 2027 0")).isEqualTo("2.00 [2.00, 2.00] dfe none");
        assertThat(cells.get("SEN_UNIT_OR_RESOURCED_PROVISION 2027 1")).startsWith("1.20 [");
        assertThat(growth)
                .containsOnly(
                        Map.entry("0-4 2026", "Age 0-4 1.5000 [1.0000, 2.0000]"),
                        Map.entry("5-10 2026", "Age 5-10 1.2500 [1.0000, 1.5000]"));
    }

    private static long run(Connection connection) throws SQLException {
        long run;
        try (PreparedStatement start = connection.prepareStatement(
                        "INSERT INTO review_run (manifest_name, manifest_path, la_code, status, inputs_sha256,"
                                + " started_at) VALUES ('scap', 'scap.json', '" + LA + "', 'running', 'x', now())"
                                + " RETURNING run_id");
                ResultSet id = start.executeQuery()) {
            id.next();
            run = id.getLong(1);
        }
        for (Service service : services()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO service (run_id, service_id, name, needs, categories, merged_from) VALUES (?, ?, ?,"
                            + " ARRAY[]::TEXT[], ARRAY[]::TEXT[], 1)")) {
                insert.setLong(1, run);
                insert.setString(2, service.id());
                insert.setString(3, service.name());
                insert.executeUpdate();
            }
        }
        return run;
    }

    private static Map<String, String> query(Connection connection, String sql) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                rows.put(row.getString(1), row.getString(2));
            }
        }
        return rows;
    }
}
