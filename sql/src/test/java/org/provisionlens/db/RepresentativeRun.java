package org.provisionlens.db;

/**
 * A small published review run written the way the jobs write one (jobs/publish: Publisher, ServiceTables,
 * DemandTables, ReviewTables; jobs/comments: CommentTables): registered as running, its rows in the order the publisher copies them,
 * then marked published and pointed at by published_run. The codes are the ones the jobs write: enum names
 * (STATE_SPECIAL_SCHOOL, ASD, EHC_PLAN), age band labels (5-10), theme codes (transport).
 */
final class RepresentativeRun {

    private final Statements sql;

    RepresentativeRun(Statements sql) {
        this.sql = sql;
    }

    /** Registers a run of the LA, as RunStore.start does. */
    long start(String laCode) {
        return sql.number("""
                INSERT INTO review_run (manifest_name, manifest_path, la_code, status, stage, inputs_sha256, started_at)
                VALUES ('demo', 'jobs/demo-data/manifest.json', ?, 'running', 'starting', 'pending', now())
                RETURNING run_id
                """, laCode);
    }

    /** A run of the LA with a row in every table the publisher writes, published. */
    long published(String laCode) {
        long run = start(laCode);
        writeResults(run, laCode);
        writeServicesAndDemand(run);
        writeReview(run, laCode);
        writeComments(run);
        publish(run, laCode);
        return run;
    }

    /** Marks the run published and points the LA at it, as Publisher.markPublished does. */
    void publish(long run, String laCode) {
        sql.update(
                "UPDATE review_run SET status = 'published', stage = 'published', la_name = 'Trafford',"
                        + " inputs_sha256 = ?, finished_at = now() WHERE run_id = ?",
                "ab".repeat(32),
                run);
        sql.update(
                "INSERT INTO published_run (la_code, run_id, published_at) VALUES (?, ?, now()) ON CONFLICT (la_code)"
                        + " DO UPDATE SET run_id = EXCLUDED.run_id, published_at = EXCLUDED.published_at",
                laCode,
                run);
    }

    private void writeResults(long run, String laCode) {
        sql.update(
                "INSERT INTO run_input VALUES (?, 'services', 'service-csv', 'services.csv', ?, 3, 2, 1, 0),"
                        + " (?, 'children', 'child-records-csv', 'children.csv', ?, 2, 2, 0, 0),"
                        + " (?, 'plans', 'dfe-ees-csv', 'plans.csv', ?, 2, 2, 0, 1),"
                        + " (?, 'comments', 'comments-csv', 'comments.csv', ?, 2, 2, 0, 0)",
                run,
                "1".repeat(64),
                run,
                "2".repeat(64),
                run,
                "3".repeat(64),
                run,
                "4".repeat(64));
        sql.update(
                "INSERT INTO quarantine (run_id, input_name, file, line, pointer, field, value, reason) VALUES"
                        + " (?, 'services', 'services.csv', 4, NULL, 'min_age', 'x', 'expected a whole number'),"
                        + " (?, 'services', 'services.csv', 4, NULL, 'max_age', 'y', 'expected a whole number')",
                run,
                run);
        sql.update(
                "INSERT INTO review_headline VALUES (?, ?, '358', 'Trafford', '2024/25', 2400, 900, 120, 70000,"
                        + " 'mid-2022')",
                run,
                laCode);
        sql.update(
                "INSERT INTO specialist_sufficiency VALUES"
                        + " (?, 'STATE_SPECIAL_SCHOOL', 'State-funded special schools', 1, 5, 0, 800, 'complete', 850,"
                        + " 50, 106.3, false),"
                        + " (?, 'INDEPENDENT_SPECIAL_SCHOOL', 'Independent special schools', 5, 1, 1, 0, 'unknown',"
                        + " NULL, NULL, NULL, true)",
                run,
                run);
        sql.update(
                "INSERT INTO specialist_demand_by_need VALUES (?, 'STATE_SPECIAL_SCHOOL', 'ASD', 400),"
                        + " (?, 'STATE_SPECIAL_SCHOOL', 'UNKNOWN', NULL)",
                run,
                run);
        sql.update(
                "INSERT INTO specialist_setting (run_id, urn, name, provision_kind, establishment_type, low_age,"
                        + " high_age, capacity, postcode, longitude, latitude)"
                        + " VALUES (?, '106395', 'Pictor Academy', 'STATE_SPECIAL_SCHOOL', 'Academy special school',"
                        + " 2, 11, 160, 'M33 4NL', -2.33, 53.42)",
                run);
        sql.update(
                "INSERT INTO area_population (run_id, area_code, area_name, age, persons) VALUES"
                        + " (?, 'E01005999', 'Trafford 001A', 7, 21)",
                run);
    }

    private void writeServicesAndDemand(long run) {
        sql.update("""
                INSERT INTO service (run_id, service_id, name, description, organisation, urn, domain, tier, needs,
                                     min_age, max_age, capacity, capacity_unit, current_use, waiting_list,
                                     waiting_weeks, cost_per_unit, funder, in_area, eligibility, quality_rating,
                                     last_reviewed, email, phone, website, categories, merged_from)
                VALUES (?, 'services:svc-1', 'Speech and language therapy', NULL, 'Trafford NHS', NULL, 'HEALTH',
                        'SPECIALIST', ARRAY['ASD', 'SLCN'], 5, 10, 40, 'CASELOAD', 38, 12, 18, 950.00, 'ICB', true,
                        'EHC plan', NULL, '2025-01-10', 'salt@example.org', NULL, NULL, ARRAY['therapy'], 2),
                       (?, 'services:svc-2', 'Holiday club', NULL, NULL, NULL, 'SOCIAL_CARE', 'TARGETED',
                        ARRAY[]::TEXT[], NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                        NULL, NULL, NULL, ARRAY[]::TEXT[], 1)
                """, run, run);
        sql.update(
                "INSERT INTO service_location (run_id, service_id, position, name, address, postcode, latitude,"
                        + " longitude) VALUES (?, 'services:svc-1', 1, 'Clinic', '1 Road', 'M33 7AA', 53.4, -2.3)",
                run);
        // the released jobs wrote a service's sources without a position; since V5 they number them
        boolean numbered = !sql.column("SELECT 1 FROM information_schema.columns WHERE table_name = 'service_source'"
                        + " AND column_name = 'position'")
                .isEmpty();
        sql.update(
                "INSERT INTO service_source (run_id, service_id, input_name, format, file, location, source_id"
                        + (numbered ? ", position" : "") + ") VALUES"
                        + " (?, 'services:svc-1', 'services', 'service-csv', 'services.csv', 'line 2', 'svc-1'"
                        + (numbered ? ", 1" : "") + "),"
                        + " (?, 'services:svc-1', 'services', 'service-csv', 'services.csv', 'line 3', 'svc-1b'"
                        + (numbered ? ", 2" : "") + "),"
                        + " (?, 'services:svc-2', 'services', 'service-csv', NULL, NULL, NULL"
                        + (numbered ? ", 1" : "") + ")",
                run,
                run,
                run);
        sql.update(
                "INSERT INTO child_record VALUES (?, 'child-0001', 'E01005999', 'M33', 7, 'ASD', 'EHC_PLAN', NULL,"
                        + " '2024-03-01', NULL), (?, 'child-0002', NULL, 'M41', 12, 'NSA', 'SEN_SUPPORT', NULL,"
                        + " NULL, NULL)",
                run,
                run);
        sql.update(
                "INSERT INTO demand_statistic (run_id, input_name, time_period, geographic_level, area_code, filters,"
                        + " indicator, value, suppressed) VALUES"
                        + " (?, 'plans', '2025', 'Local authority', 'E08000009', 'primary_need=ASD', 'ehc_plans', 400,"
                        + " NULL), (?, 'plans', '2025', 'Local authority', 'E08000009', 'primary_need=HI',"
                        + " 'ehc_plans', NULL, 'c')",
                run,
                run);
        sql.update(
                "INSERT INTO comment_received VALUES (?, 'c1', '2025-03-02', 'PARENT_CARER', 'survey',"
                        + " 'Jo waited a year for speech therapy', 'svc-1', 'Sale'),"
                        + " (?, 'c2', NULL, 'YOUNG_PERSON', NULL, 'The bus never comes', NULL, NULL)",
                run,
                run);
        sql.update("INSERT INTO lsoa_centroid VALUES (?, 'E01005999', 'Trafford 001A', 53.4, -2.3)", run);
    }

    private void writeReview(long run, String laCode) {
        sql.update("INSERT INTO locality_lsoa VALUES (?, 'E02001', 'Sale', 'E01005999')", run);
        sql.update("INSERT INTO area_boundary VALUES (?, 'E02001', 'Sale', 'MSOA', '{\"type\":\"Point\"}')", run);
        String cell = "(?, ?, 'Trafford', 'LA', ?, ?, 'HEALTH', 'SPECIALIST', 30, 10, 40, 40, 'CASELOAD', 38, 2,"
                + " 95.0, 12, 18, 0, NULL, 40, 100.0, 0.02, 2030, 44.2, -4.2, 'at_risk', 'waiting list of 12')";
        sql.update(
                "INSERT INTO sufficiency_cell VALUES " + cell + ", " + cell,
                run,
                laCode,
                "ASD",
                "5-10",
                run,
                laCode,
                "ALL",
                "ALL");
        sql.update(
                "INSERT INTO sufficiency_cell_service VALUES (?, ?, 'ASD', '5-10', 'HEALTH', 'SPECIALIST',"
                        + " 'services:svc-1', 0.5)",
                run,
                laCode);
        sql.update(
                "INSERT INTO demand_forecast VALUES (?, ?, 'ehc_plans', 2024, 'actual', 2400, NULL, NULL, NULL, NULL,"
                        + " NULL), (?, ?, 'ehc_plans', 2026, 'forecast', 2600, 2500, 2700, 2450, 2750, 'LINEAR')",
                run,
                laCode,
                run,
                laCode);
        sql.update(
                "INSERT INTO forecast_backtest VALUES (?, 'LOG_LINEAR', ?, NULL, 2021, '2022,2023', 4.5, 2, 2, 2,"
                        + " true)",
                run,
                laCode);
        sql.update("INSERT INTO audit_category VALUES (?, 'TRANSPORT', 9, 'Transport', 2, 1, 50)", run);
        sql.update("INSERT INTO audit_listing_gap VALUES (?, 'services:svc-2', 'NO_CONTACT')", run);
        sql.update("INSERT INTO audit_unlisted_setting VALUES (?, 'Bridge College', 3)", run);
        sql.update("INSERT INTO audit_fix VALUES (?, 1, 'List transport', 'Schedule 2 paragraph 9')", run);
    }

    private void writeComments(long run) {
        sql.update("INSERT INTO comment_link VALUES (?, 'c1', 'service', 'services:svc-1', 'reference')", run);
        sql.update(
                "INSERT INTO comment_anonymised VALUES"
                        + " (?, 'c1', '2025-03-02', 'PARENT_CARER', 'survey', 'svc-1', 'Sale',"
                        + " '[CHILD 1] waited a year for speech therapy', 1, true, 'PERSON_NAME_UNSURE', NULL),"
                        + " (?, 'c2', NULL, 'YOUNG_PERSON', NULL, NULL, NULL, 'The bus never comes', 0, false, NULL,"
                        + " NULL)",
                run,
                run);
        sql.update(
                "INSERT INTO comment_theme VALUES (?, 'c1', 'waiting_times', 'Waiting times', 'NEGATIVE',"
                        + " 'waited a year'), (?, 'c2', 'transport', 'Transport', 'NEGATIVE', 'bus never comes')",
                run,
                run);
    }
}
