package org.provisionlens.dashboards.proposals;

import org.provisionlens.dashboards.Fixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small published Trafford run the what-if loads, and two proposals, worked out by hand.
 *
 * <pre>
 *   Alpha School (svc-alpha), Sale:        ASD, ages 5-15, 10 places, £20,000 a place; 6 children use it
 *                                          (ASD, EHC plans, aged 8, living in Sale)
 *   Beta School (svc-beta), Altrincham:    ASD, ages 5-15, 10 places, £20,000 a place; 2 children use it
 *                                          (ASD, EHC plans, aged 12, living in Altrincham)
 *   EHC plans: 100 in 2025 and forecast 100 (80% range 90 to 110) every year to 2030: central growth 1.0
 *   Transport: 10 miles at most, £2.00 a mile, 380 journeys a year
 * </pre>
 *
 * <ul>
 *   <li>close-alpha: close Alpha. 6 children affected (all ASD, aged 5-10, in Sale, at a special school); Beta has
 *       10 - 2 = 8 places spare (central growth 1.0) and is about 4 miles away, within the 10-mile limit, so all 6 move
 *       to Beta: 6 moved, 0 out of area.
 *   <li>close-beta: close Beta. 2 children affected (ASD, aged 11-15, Altrincham); Alpha has 10 - 6 = 4 spare: both
 *       move to Alpha. 2 is a small count: the panel sees "fewer than 5".
 * </ul>
 *
 * A published anonymised comment about Alpha ("[Name] is happy at [school]", theme "Staff (positive)"); its raw text
 * ({@link #RAW_COMMENT}) is in comment_received and must never be shown. The children's pseudonymous ids
 * ({@code child-...}) must never be shown either.
 */
public final class ProposalsFixtures {

    static final String TRAFFORD = "E08000009";
    static final String SALE = "E02001002";
    static final String ALTRINCHAM = "E02001001";
    static final String SALE_LSOA = "E01006001";
    static final String ALTRINCHAM_LSOA = "E01006002";
    static final String RAW_COMMENT = "Jamie Smith is happy at Alpha School since Mrs Jones came";
    static final String ANONYMISED = "[Name] is happy at [school] since [Name] came";

    final JdbcTemplate jdbc;
    final Fixtures fixtures;
    long run;

    public ProposalsFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.fixtures = new Fixtures(jdbc);
    }

    public ProposalsFixtures trafford() {
        fixtures.reset();
        run = fixtures.run("trafford-2025", TRAFFORD, "Trafford", "published", Fixtures.STARTED.plusMinutes(2));
        fixtures.publish(run, TRAFFORD);
        jdbc.update(
                "INSERT INTO review_headline VALUES (?, ?, '358', 'Trafford', '202425', 100, 8, 0, 60000, 'mid-2023')",
                run,
                TRAFFORD);
        place(SALE_LSOA, SALE, "Sale", 53.4250, -2.3200);
        place(ALTRINCHAM_LSOA, ALTRINCHAM, "Altrincham", 53.3870, -2.3500);
        service("svc-alpha", "Alpha School", 53.4250, -2.3200, "Ofsted: Good");
        service("svc-beta", "Beta School", 53.3870, -2.3500, "Ofsted: Outstanding");
        for (int i = 1; i <= 6; i++) {
            child("child-a" + i, SALE_LSOA, 8, "svc-alpha");
        }
        child("child-b1", ALTRINCHAM_LSOA, 12, "svc-beta");
        child("child-b2", ALTRINCHAM_LSOA, 12, "svc-beta");
        forecast(2025, "actual", 100, null, null);
        for (int year = 2026; year <= 2030; year++) {
            forecast(year, "forecast", 100, 90.0, 110.0);
        }
        jdbc.update(
                "INSERT INTO run_transport_policy VALUES (?, 10, 2.00, 380, 'Trafford transport policy (test)')", run);
        jdbc.update("INSERT INTO run_placement_cost VALUES (?, 'INDEPENDENT_SPECIAL_SCHOOL', 60000, 'test')", run);
        comment();
        proposal("close-alpha", "Close Alpha School", "svc-alpha");
        proposal("close-beta", "Close Beta School", "svc-beta");
        return this;
    }

    private void place(String lsoa, String locality, String name, double latitude, double longitude) {
        jdbc.update("INSERT INTO locality_lsoa VALUES (?, ?, ?, ?)", run, locality, name, lsoa);
        jdbc.update("INSERT INTO lsoa_centroid VALUES (?, ?, ?, ?, ?)", run, lsoa, name, latitude, longitude);
    }

    private void service(String id, String name, double latitude, double longitude, String quality) {
        jdbc.update("""
                INSERT INTO service (run_id, service_id, name, domain, tier, needs, min_age, max_age, capacity,
                                     capacity_unit, cost_per_unit, in_area, quality_rating, categories, merged_from)
                VALUES (?, ?, ?, 'EDUCATION', 'SPECIALIST', '{ASD}', 5, 15, 10, 'PLACES', 20000, true, ?,
                        '{special school}', 1)
                """, run, id, name, quality);
        jdbc.update(
                "INSERT INTO service_location VALUES (?, ?, 0, ?, NULL, NULL, ?, ?)",
                run,
                id,
                name,
                latitude,
                longitude);
    }

    private void child(String id, String lsoa, int age, String setting) {
        jdbc.update("""
                INSERT INTO child_record (run_id, pseudonymous_id, lsoa_code, age, primary_need, support_level, setting)
                VALUES (?, ?, ?, ?, 'ASD', 'EHC_PLAN', ?)
                """, run, id, lsoa, age, setting);
    }

    private void forecast(int year, String kind, double value, Double low, Double high) {
        jdbc.update(
                "INSERT INTO demand_forecast VALUES (?, ?, 'All EHC plans', ?, ?, ?, ?, ?, NULL, NULL, ?)",
                run,
                TRAFFORD,
                year,
                kind,
                value,
                low,
                high,
                "forecast".equals(kind) ? "LOG_LINEAR" : null);
    }

    private void comment() {
        jdbc.update(
                "INSERT INTO comment_received VALUES (?, 'c1', '2025-05-01', 'PARENT_CARER', 'survey', ?, 'svc-alpha', NULL)",
                run,
                RAW_COMMENT);
        jdbc.update("""
                INSERT INTO comment_anonymised VALUES (?, 'c1', '2025-05-01', 'PARENT_CARER', 'survey', 'svc-alpha', NULL,
                                                       ?, 3, false, NULL, NULL)
                """, run, ANONYMISED);
        jdbc.update("INSERT INTO comment_theme VALUES (?, 'c1', 'staff', 'Staff', 'POSITIVE', 'happy')", run);
        jdbc.update("INSERT INTO comment_link VALUES (?, 'c1', 'service', 'svc-alpha', 'reference')", run);
    }

    void proposal(String id, String name, String serviceId) {
        jdbc.update(
                "INSERT INTO proposal (la_code, proposal_id, name, body, body_format, origin, created_by)"
                        + " VALUES (?, ?, ?, ?, 'yaml', 'manifest', 'commissioner')",
                TRAFFORD,
                id,
                name,
                yaml(id, name, serviceId));
    }

    static String yaml(String id, String name, String serviceId) {
        return """
                id: %s
                name: %s
                effectiveDate: 2026-09-01
                localAuthority: E08000009
                changes:
                  - type: close
                    serviceId: %s
                """.formatted(id, name, serviceId);
    }
}
