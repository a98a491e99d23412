package org.provisionlens.dashboards;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written straight into the real test database, as the jobs would write them. {@link #reset()} empties every
 * table (in foreign-key order) so each test starts from nothing; test classes run one after another in the JVM.
 */
public final class Fixtures {

    public static final OffsetDateTime STARTED = OffsetDateTime.of(2025, 6, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    private final JdbcTemplate jdbc;

    public Fixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void reset() {
        for (String table : new String[] {
            "service_funding",
            "run_health_place",
            "health_geography",
            "consultation_event",
            "proposal",
            "run_transport_policy",
            "run_placement_cost",
            "place_forecast_cell",
            "place_forecast_setting",
            "place_forecast_growth",
            "place_forecast_type",
            "comment_review",
            "comment_link",
            "comment_theme",
            "comment_anonymised",
            "comment_response",
            "audit_event",
            "review_threshold",
            "community_wait",
            "sufficiency_cell_service",
            "sufficiency_cell",
            "demand_forecast",
            "forecast_backtest",
            "audit_element_evidence",
            "audit_element",
            "audit_listing",
            "forecast_backtest_origin",
            "forecast_break",
            "audit_category",
            "audit_listing_gap",
            "audit_unlisted_setting",
            "audit_fix",
            "area_boundary",
            "locality_lsoa",
            "service_source",
            "service_location",
            "service",
            "child_record",
            "demand_statistic",
            "comment_received",
            "lsoa_centroid",
            "quarantine",
            "input_finding",
            "run_input",
            "published_run",
            "review_headline",
            "specialist_demand_by_need",
            "specialist_setting",
            "specialist_sufficiency",
            "area_population",
            "review_run"
        }) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    public long run(String manifest, String laCode, String laName, String status, OffsetDateTime finished) {
        Long id = jdbc.queryForObject(
                """
                INSERT INTO review_run (manifest_name, manifest_path, la_code, la_name, status, stage, message,
                                        inputs_sha256, started_at, finished_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING run_id
                """,
                Long.class,
                manifest,
                "manifests/" + manifest + ".yaml",
                laCode,
                laName,
                status,
                "published".equals(status) ? "publish" : "assess",
                "published".equals(status) ? "Published" : "failed".equals(status) ? "Input missing" : null,
                "ab".repeat(32),
                STARTED,
                finished);
        return id;
    }

    public void publish(long runId, String laCode) {
        jdbc.update(
                "INSERT INTO published_run (la_code, run_id, published_at) VALUES (?, ?, ?)",
                laCode,
                runId,
                STARTED.plusMinutes(5));
    }

    public void headline(
            long runId, String laCode, String oldCode, String laName, int plans, int specialist, int outside, int pop) {
        jdbc.update(
                "INSERT INTO review_headline VALUES (?, ?, ?, ?, '2024/25', ?, ?, ?, ?, 'mid-2023')",
                runId,
                laCode,
                oldCode,
                laName,
                plans,
                specialist,
                outside,
                pop);
    }

    public void sufficiency(
            long runId,
            String kind,
            String label,
            int order,
            int settings,
            int unknown,
            int places,
            String status,
            int plans,
            Integer gap,
            Double occupancy,
            boolean outside) {
        jdbc.update(
                "INSERT INTO specialist_sufficiency VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                runId,
                kind,
                label,
                order,
                settings,
                unknown,
                places,
                status,
                plans,
                gap,
                occupancy,
                outside);
    }

    public void need(long runId, String kind, String need, Integer plans) {
        jdbc.update("INSERT INTO specialist_demand_by_need VALUES (?, ?, ?, ?)", runId, kind, need, plans);
    }

    public void setting(long runId, String urn, String name, String kind, Integer capacity) {
        jdbc.update("""
                INSERT INTO specialist_setting (run_id, urn, name, provision_kind, establishment_type, low_age,
                                                high_age, capacity, postcode)
                VALUES (?, ?, ?, ?, 'Community special school', 4, 19, ?, 'M33 7AA')
                """, runId, urn, name, kind, capacity);
    }

    public void input(
            long runId, String name, String sha, long read, long accepted, long quarantined, long outOfScope) {
        jdbc.update(
                "INSERT INTO run_input VALUES (?, ?, 'csv', ?, ?, ?, ?, ?, ?)",
                runId,
                name,
                "data/" + name + ".csv",
                sha,
                read,
                accepted,
                quarantined,
                outOfScope);
    }

    public void quarantine(long runId, String input, long line, String field, String value, String reason) {
        jdbc.update(
                "INSERT INTO quarantine VALUES (?, ?, ?, ?, ?, ?, ?)",
                runId,
                input,
                "data/" + input + ".csv",
                line,
                field,
                value,
                reason);
    }
}
