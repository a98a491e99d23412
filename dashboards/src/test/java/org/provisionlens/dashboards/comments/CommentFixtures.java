package org.provisionlens.dashboards.comments;

import java.time.LocalDate;
import org.provisionlens.dashboards.Fixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Trafford's published run with comments worked out by hand. Every raw text (comment_received) holds the marker word
 * RAWMARKER, which no anonymised text holds: it must never reach a public page.
 *
 * <p>2025, not held for review: "Waiting times" 20 comments (12 unhappy, 5 happy, 3 mixed); "Home to school transport"
 * 9 (6 happy, 3 unhappy); "Communication" 3 (suppressed). Held for review in 2025: 2 comments (HELDWORD). 2024: one
 * "Waiting times" comment. Comments w01 to w04 name the service oruk:svc-1 as "svc-1".
 */
public final class CommentFixtures {

    static final String LA = "E08000009";
    private final JdbcTemplate jdbc;
    long runId;

    public CommentFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public CommentFixtures trafford() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.reset();
        runId = fixtures.run("trafford", LA, "Trafford", "published", Fixtures.STARTED.plusMinutes(3));
        fixtures.publish(runId, LA);
        LocalDate day = LocalDate.of(2025, 3, 1);
        for (int n = 1; n <= 20; n++) {
            String stance = n <= 12 ? "NEGATIVE" : n <= 17 ? "POSITIVE" : "MIXED";
            String evidence = switch (n) {
                case 1 -> "[CHILD 1] waited";
                case 5 -> "the wait was long";
                case 6 -> "waited eighteen months";
                case 7 -> "nobody told us how long";
                default -> "the waiting list for speech and language therapy is far too long";
            };
            comment(
                    String.format("w%02d", n),
                    day,
                    false,
                    n <= 4 ? "svc-1" : null,
                    "waiting_times",
                    "Waiting times",
                    stance,
                    evidence);
        }
        for (int n = 1; n <= 9; n++) {
            comment(
                    "t0" + n,
                    day,
                    false,
                    null,
                    "transport",
                    "Home to school transport",
                    n <= 6 ? "POSITIVE" : "NEGATIVE",
                    "the bus is on time");
        }
        for (int n = 1; n <= 3; n++) {
            comment("c0" + n, day, false, null, "communication", "Communication", "NEGATIVE", "SECRETQUOTE letters");
        }
        for (int n = 1; n <= 2; n++) {
            comment("h0" + n, day, true, "svc-1", "waiting_times", "Waiting times", "NEGATIVE", "HELDWORD waited");
        }
        comment("old1", LocalDate.of(2024, 5, 1), false, null, "waiting_times", "Waiting times", "NEGATIVE", "slow");
        return this;
    }

    /** Two waiting-times comments left out of the report: one abusive, one a complaint about a member of staff. */
    public CommentFixtures leftOut() {
        LocalDate day = LocalDate.of(2025, 3, 2);
        comment("x01", day, false, null, "waiting_times", "Waiting times", "NEGATIVE", "ABUSEWORD idiots");
        comment(
                "x02",
                day,
                false,
                null,
                "waiting_times",
                "Waiting times",
                "NEGATIVE",
                "COMPLAINTWORD [NAME 1] was rude");
        jdbc.update(
                "UPDATE comment_anonymised SET excluded_reason = 'ABUSIVE' WHERE run_id = ? AND comment_id = 'x01'",
                runId);
        jdbc.update(
                "UPDATE comment_anonymised SET excluded_reason = 'INDIVIDUAL_COMPLAINT' WHERE run_id = ?"
                        + " AND comment_id = 'x02'",
                runId);
        return this;
    }

    public CommentFixtures lastYearsAction() {
        jdbc.update("""
                INSERT INTO comment_response (la_code, period, theme, response, action, owner, due_date, status,
                                              updated_by, updated_at)
                VALUES (?, '2024', 'waiting_times', 'We heard you', 'Hire two more therapists', 'Head of SEND',
                        DATE '2025-01-31', 'done', 'commissioner', ?)
                """, LA, Fixtures.STARTED);
        return this;
    }

    private void comment(
            String id,
            LocalDate day,
            boolean held,
            String service,
            String theme,
            String label,
            String stance,
            String evidence) {
        jdbc.update(
                "INSERT INTO comment_received VALUES (?, ?, ?, 'PARENT_CARER', 'survey', ?, ?, 'Sale')",
                runId,
                id,
                day,
                "RAWMARKER my child Jane Smith " + evidence,
                service);
        jdbc.update(
                "INSERT INTO comment_anonymised VALUES (?, ?, ?, 'PARENT_CARER', 'survey', ?, 'Sale', ?, 1, ?, ?)",
                runId,
                id,
                day,
                service,
                "my child [CHILD 1] " + evidence,
                held,
                held ? "UNKNOWN_NAME_AFTER_CUE" : null);
        jdbc.update("INSERT INTO comment_theme VALUES (?, ?, ?, ?, ?, ?)", runId, id, theme, label, stance, evidence);
    }
}
