package org.provisionlens.dashboards.services;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Services, their locations and their source listings, written straight into the test database as the jobs would. */
final class ServiceFixtures {

    private final JdbcTemplate jdbc;

    ServiceFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A service; {@code needs} as the jobs write them (sorted codes), {@code ages} and the rest nullable. */
    void service(
            long runId,
            String id,
            String name,
            String organisation,
            String domain,
            String tier,
            String[] needs,
            Integer minAge,
            Integer maxAge,
            Integer capacity,
            String unit,
            Integer[] useWaitingWeeks,
            String funder,
            Boolean inArea,
            LocalDate lastReviewed,
            int mergedFrom) {
        jdbc.update(
                """
                INSERT INTO service (run_id, service_id, name, description, organisation, domain, tier, needs, min_age,
                                     max_age, capacity, capacity_unit, current_use, waiting_list, waiting_weeks,
                                     funder, in_area, last_reviewed, categories, merged_from)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                runId,
                id,
                name,
                "About " + name,
                organisation,
                domain,
                tier,
                needs,
                minAge,
                maxAge,
                capacity,
                unit,
                useWaitingWeeks[0],
                useWaitingWeeks[1],
                useWaitingWeeks[2],
                funder,
                inArea,
                lastReviewed,
                new String[] {"SEND"},
                mergedFrom);
    }

    void source(long runId, String serviceId, String input, String format, String file, String location, String id) {
        jdbc.update(
                "INSERT INTO service_source VALUES (?, ?, ?, ?, ?, ?, ?)",
                runId,
                serviceId,
                input,
                format,
                file,
                location,
                id);
    }

    void location(long runId, String serviceId, int position, String name, String address, String postcode) {
        jdbc.update(
                "INSERT INTO service_location VALUES (?, ?, ?, ?, ?, ?, 53.4246, -2.3245)",
                runId,
                serviceId,
                position,
                name,
                address,
                postcode);
    }

    /** {@code count} plain education services named "Zz Service 001" onwards, one listing each. */
    void many(long runId, int count) {
        jdbc.update("""
                INSERT INTO service (run_id, service_id, name, domain, tier, needs, categories, merged_from)
                SELECT ?, 'bulk:' || n, 'Zz Service ' || lpad(n::text, 3, '0'), 'EDUCATION', 'UNIVERSAL', '{}', '{}', 1
                  FROM generate_series(1, ?) AS n
                """, runId, count);
    }
}
