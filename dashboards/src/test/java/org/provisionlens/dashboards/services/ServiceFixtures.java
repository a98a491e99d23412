package org.provisionlens.dashboards.services;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Services, their locations and their source listings, written straight into the test database as the jobs would. */
final class ServiceFixtures {

    static final String NHS = "Manchester University NHS Foundation Trust";

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
                "INSERT INTO service_source (run_id, service_id, input_name, format, file, location, source_id, position)"
                        + " SELECT ?, ?, ?, ?, ?, ?, ?, count(*) + 1 FROM service_source WHERE run_id = ? AND service_id = ?",
                runId,
                serviceId,
                input,
                format,
                file,
                location,
                id,
                runId,
                serviceId);
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

    /**
     * The six services of the published Trafford run the page tests work out by hand: Delamere School (2 listings),
     * Speech and Language Therapy (reviewed 1 June 2024), Wheelchair Service (capacity unknown, never reviewed), Short
     * Breaks Club (2 listings, reviewed 2 June 2024), Youth Information Hub (domain unknown) and Supported
     * Internships (tier unknown): 8 listings in all.
     */
    void sixTraffordServices(long published) {
        service(
                published,
                "schools:106385",
                "Delamere School",
                "Trafford Council",
                "EDUCATION",
                "SPECIALIST",
                codes("ASD", "SLD"),
                2,
                19,
                120,
                "PLACES",
                counts(118, 4, 10),
                "LA",
                true,
                LocalDate.of(2025, 1, 15),
                2);
        source(published, "schools:106385", "schools", "gias-csv", "data/gias.csv", "line 12", "106385");
        source(
                published,
                "schools:106385",
                "directory",
                "oruk-json",
                "data/directory.json",
                "/contents/3",
                "ac148810-4f1e-4f8e-9b7a-1c2d3e4f5a6b");
        location(published, "schools:106385", 1, "Delamere School", "Irlam Road, Flixton", "M41 6AP");
        service(
                published,
                "directory:ac148811",
                "Speech and Language Therapy",
                NHS,
                "HEALTH",
                "SPECIALIST",
                codes("ASD", "SLCN"),
                null,
                18,
                45,
                "CASELOAD",
                counts(null, null, null),
                "ICB",
                true,
                LocalDate.of(2024, 6, 1),
                1);
        source(
                published,
                "directory:ac148811",
                "directory",
                "oruk-json",
                "data/directory.json",
                "/contents/5",
                "ac148811");
        service(
                published,
                "directory:ac148812",
                "Wheelchair Service",
                NHS,
                "HEALTH",
                "TARGETED",
                codes("PD"),
                5,
                null,
                null,
                null,
                counts(null, null, null),
                "JOINT",
                false,
                null,
                1);
        source(
                published,
                "directory:ac148812",
                "directory",
                "oruk-json",
                "data/directory.json",
                "/contents/6",
                "ac148812");
        service(
                published,
                "services:S-004",
                "Short Breaks Club",
                "Trafford Council",
                "SOCIAL_CARE",
                "TARGETED",
                codes("ASD", "SEMH"),
                8,
                17,
                30,
                "HOURS_PER_WEEK",
                counts(28, 0, 0),
                "LA",
                true,
                LocalDate.of(2024, 6, 2),
                2);
        source(published, "services:S-004", "services", "service-csv", "data/csv", "line 4", "S-004");
        source(published, "services:S-004", "directory", "oruk-json", "data/directory.json", "/contents/7", "ac148813");
        service(
                published,
                "directory:ac148814",
                "Youth Information Hub",
                null,
                null,
                "UNIVERSAL",
                codes(),
                null,
                null,
                null,
                null,
                counts(null, null, null),
                null,
                null,
                LocalDate.of(2025, 3, 1),
                1);
        source(
                published,
                "directory:ac148814",
                "directory",
                "oruk-json",
                "data/directory.json",
                "/contents/8",
                "ac148814");
        service(
                published,
                "services:S-006",
                "Supported Internships",
                "Trafford College",
                "PREPARATION_FOR_ADULTHOOD",
                null,
                codes("ASD", "MLD"),
                16,
                24,
                12,
                "PLACES",
                counts(null, null, null),
                "OTHER",
                true,
                LocalDate.of(2025, 2, 10),
                1);
        source(published, "services:S-006", "services", "service-csv", "data/csv", "line 6", "S-006");
    }

    /** A service of a run that is not published, which no page may show. */
    void draftService(long running) {
        service(
                running,
                "schools:999999",
                "Draft service of an unpublished run",
                "X",
                "HEALTH",
                "TARGETED",
                codes("ASD"),
                1,
                2,
                3,
                "PLACES",
                counts(1, 1, 1),
                "LA",
                true,
                null,
                3);
        source(running, "schools:999999", "schools", "gias-csv", "data/gias.csv", "line 2", "999999");
    }

    private static String[] codes(String... codes) {
        return codes;
    }

    private static Integer[] counts(Integer currentUse, Integer waitingList, Integer waitingWeeks) {
        return new Integer[] {currentUse, waitingList, waitingWeeks};
    }
}
