package org.provisionlens.dashboards.access;

import java.util.List;
import org.provisionlens.dashboards.Fixtures;
import org.provisionlens.dashboards.NationalFixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Trafford published as a national run publishes it ({@link NationalFixtures}: every main page renders), plus data that
 * carries distinctive markers, each of which may reach only some roles on some pages:
 *
 * <ul>
 *   <li>{@link #RAW_COMMENT_MARKERS}: the raw text of a comment held for review (a name, a phone number, an email),
 *       in {@code comment_received} only; its anonymised text has none of them. Only the held comment's original page
 *       (commissioner, admin) shows it.
 *   <li>{@link #QUARANTINE_MARKERS}: values of quarantined rows (a child's pseudonymous id from the child records, a
 *       parent's phone number and email from a comments file). Only the run's own page (commissioner, board, admin)
 *       shows them.
 *   <li>{@link #CHILD_ID}: the pseudonymous id of an accepted child record: no page or download shows it to anyone.
 * </ul>
 *
 * Also a proposal ({@code close-special}) and a second, throwaway proposal the delete route may remove.
 */
final class AccessFixtures {

    static final String TRAFFORD = "E08000009";
    static final String HELD_COMMENT = "h-raw";
    static final String THROWAWAY_COMMENT = "h-throwaway";
    static final String PROPOSAL = "close-special";
    static final String THROWAWAY_PROPOSAL = "throwaway";

    static final List<String> RAW_COMMENT_MARKERS =
            List.of("Philippa Quenby", "07700 900461", "pquenby@example.org", "Oakfield Avenue");
    static final List<String> QUARANTINE_MARKERS =
            List.of("child-QZ4417", "07700 900982", "w.gartside@example.net", "Ottoline Gartside");
    static final String CHILD_ID = "child-RZ9903";

    private final JdbcTemplate jdbc;
    long run;

    AccessFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    AccessFixtures trafford() {
        new Fixtures(jdbc).reset();
        run = new NationalFixtures(jdbc).publish(TRAFFORD, "Trafford", 3143);
        Fixtures fixtures = new Fixtures(jdbc);
        whatIfBaseline();
        heldComment(
                HELD_COMMENT,
                "Philippa Quenby here, ring me on 07700 900461 or pquenby@example.org, we live on Oakfield Avenue"
                        + " and waited a year",
                "[NAME 1] here, ring me on [PHONE] or [EMAIL], we live on [ADDRESS] and waited a year");
        heldComment(THROWAWAY_COMMENT, "Philippa Quenby again", "[NAME 1] again");
        fixtures.input(run, "child_records", "cd".repeat(32), 3, 2, 1, 0);
        fixtures.input(run, "comments", "ef".repeat(32), 3, 2, 1, 0);
        fixtures.quarantine(run, "child_records", 4, "pseudonymous_id", "child-QZ4417", "duplicate id");
        fixtures.quarantine(
                run,
                "comments",
                7,
                "text",
                "Ottoline Gartside, 07700 900982, w.gartside@example.net",
                "respondent_type missing");
        proposal(PROPOSAL, "Close the special school");
        throwawayProposal();
        return this;
    }

    /** (Re)creates the proposal the delete route may remove. */
    void throwawayProposal() {
        if (jdbc.queryForObject(
                        "SELECT count(*) FROM proposal WHERE la_code = ? AND proposal_id = ?",
                        Integer.class,
                        TRAFFORD,
                        THROWAWAY_PROPOSAL)
                == 0) {
            proposal(THROWAWAY_PROPOSAL, "A throwaway proposal");
        }
    }

    /** Forgets any decision on the throwaway held comment, so that it is held again. */
    void throwawayHeldAgain() {
        jdbc.update("DELETE FROM comment_review WHERE run_id = ? AND comment_id = ?", run, THROWAWAY_COMMENT);
    }

    int decisionsOnThrowaway() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM comment_review WHERE run_id = ? AND comment_id = ?",
                Integer.class,
                run,
                THROWAWAY_COMMENT);
    }

    boolean throwawayProposalExists() {
        return jdbc.queryForObject(
                        "SELECT count(*) FROM proposal WHERE la_code = ? AND proposal_id = ?",
                        Integer.class,
                        TRAFFORD,
                        THROWAWAY_PROPOSAL)
                == 1;
    }

    private void heldComment(String id, String raw, String anonymised) {
        jdbc.update("""
                INSERT INTO comment_received (run_id, comment_id, received_on, respondent_type, channel, text,
                                              service_reference)
                VALUES (?, ?, DATE '2025-03-01', 'PARENT_CARER', 'survey', ?, 'svc-2')
                """, run, id, raw);
        jdbc.update("""
                INSERT INTO comment_anonymised (run_id, comment_id, received_on, respondent_type, channel,
                                                service_reference, anonymised_text, replacements, held_for_review,
                                                review_reasons)
                VALUES (?, ?, DATE '2025-03-01', 'PARENT_CARER', 'survey', 'svc-2', ?, 4, true,
                        'UNKNOWN_NAME_AFTER_CUE')
                """, run, id, anonymised);
        jdbc.update(
                "INSERT INTO comment_theme VALUES (?, ?, 'waiting_times', 'Waiting times', 'NEGATIVE', 'waited a year')",
                run,
                id);
    }

    private void proposal(String id, String name) {
        jdbc.update(
                "INSERT INTO proposal (la_code, proposal_id, name, body, body_format, origin, created_by)"
                        + " VALUES (?, ?, ?, ?, 'yaml', 'manifest', 'commissioner')",
                TRAFFORD,
                id,
                name,
                """
                id: %s
                name: %s
                effectiveDate: 2026-09-01
                localAuthority: E08000009
                changes:
                  - type: close
                    serviceId: svc-alpha
                """.formatted(id, name));
    }

    /**
     * What the what-if needs to evaluate a proposal (as in the proposals' own fixtures): two special schools in two
     * places, the children using them (one of them {@link #CHILD_ID}), a forecast, the transport policy and a cost.
     */
    private void whatIfBaseline() {
        // the what-if reads the period as the DfE files give it
        jdbc.update("UPDATE review_headline SET time_period = '202425' WHERE run_id = ?", run);
        place("E01006001", "E02001002", "Sale", 53.4250, -2.3200);
        place("E01006002", "E02001001", "Altrincham", 53.3870, -2.3500);
        school("svc-alpha", "Alpha School", 53.4250, -2.3200);
        school("svc-beta", "Beta School", 53.3870, -2.3500);
        child(CHILD_ID, "E01006001", 8, "svc-alpha");
        for (int i = 1; i <= 5; i++) {
            child("child-a" + i, "E01006001", 8, "svc-alpha");
        }
        child("child-b1", "E01006002", 12, "svc-beta");
        jdbc.update(
                "INSERT INTO demand_forecast VALUES (?, ?, 'All EHC plans', 2025, 'actual', 100, NULL, NULL, NULL, NULL,"
                        + " NULL)",
                run,
                TRAFFORD);
        for (int year = 2026; year <= 2030; year++) {
            jdbc.update(
                    "INSERT INTO demand_forecast VALUES (?, ?, 'All EHC plans', ?, 'forecast', 100, 90, 110, NULL, NULL,"
                            + " 'LOG_LINEAR')",
                    run,
                    TRAFFORD,
                    year);
        }
        jdbc.update(
                "INSERT INTO run_transport_policy VALUES (?, 10, 2.00, 380, 'Trafford transport policy (test)')", run);
        jdbc.update("INSERT INTO run_placement_cost VALUES (?, 'INDEPENDENT_SPECIAL_SCHOOL', 60000, 'test')", run);
    }

    private void place(String lsoa, String locality, String name, double latitude, double longitude) {
        jdbc.update("INSERT INTO locality_lsoa VALUES (?, ?, ?, ?)", run, locality, name, lsoa);
        jdbc.update("INSERT INTO lsoa_centroid VALUES (?, ?, ?, ?, ?)", run, lsoa, name, latitude, longitude);
    }

    private void school(String id, String name, double latitude, double longitude) {
        jdbc.update("""
                INSERT INTO service (run_id, service_id, name, domain, tier, needs, min_age, max_age, capacity,
                                     capacity_unit, cost_per_unit, in_area, quality_rating, categories, merged_from)
                VALUES (?, ?, ?, 'EDUCATION', 'SPECIALIST', '{ASD}', 5, 15, 10, 'PLACES', 20000, true, 'Ofsted: Good',
                        '{special school}', 1)
                """, run, id, name);
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
}
