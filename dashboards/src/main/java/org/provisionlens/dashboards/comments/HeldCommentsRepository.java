package org.provisionlens.dashboards.comments;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.provisionlens.core.comments.anonymise.UncertaintyReason;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Held comments, their originals (restricted: every read is written to audit_event) and the decisions on them.
 */
@Repository
class HeldCommentsRepository {

    private final JdbcTemplate jdbc;

    HeldCommentsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<HeldComment> held(long runId) {
        return jdbc.query(
                """
                SELECT a.comment_id, a.received_on::text, a.anonymised_text, a.review_reasons, r.decision
                  FROM comment_anonymised a
                  LEFT JOIN comment_review r ON r.run_id = a.run_id AND r.comment_id = a.comment_id
                 WHERE a.run_id = ? AND a.held_for_review
                 ORDER BY (r.decision IS NOT NULL), a.comment_id
                """,
                (rs, i) -> new HeldComment(
                        rs.getString(1), rs.getString(2), rs.getString(3), described(rs.getString(4)), rs.getString(5)),
                runId);
    }

    /** The anonymiser's reasons, stored as codes ("UNKNOWN_NAME_AFTER_CUE; AT_SIGN_REMAINS"), in words. */
    static String described(String codes) {
        if (codes == null || codes.isBlank()) {
            return "";
        }
        return Arrays.stream(codes.split(";"))
                .map(String::trim)
                .map(code -> Arrays.stream(UncertaintyReason.values())
                        .filter(reason -> reason.name().equals(code))
                        .map(UncertaintyReason::description)
                        .findFirst()
                        .orElse(code))
                .collect(Collectors.joining("; "));
    }

    /**
     * The comment as received, for a permitted person. The read and its audit row (who, when, which comment) are one
     * statement, so one transaction: the text is never returned without the audit row, nor audited without a read.
     */
    Optional<String> original(long runId, String commentId, String username) {
        // audit_event.username may be empty since V15 (a visitor's download): a read of an original never is
        java.util.Objects.requireNonNull(username, "username");
        List<String> text = jdbc.queryForList(
                """
                WITH original AS (SELECT text FROM comment_received WHERE run_id = ? AND comment_id = ?),
                     audited AS (INSERT INTO audit_event (happened_at, username, action, subject)
                                 SELECT ?, ?, 'viewed raw comment', ? FROM original)
                SELECT text FROM original
                """,
                String.class,
                runId,
                commentId,
                Timestamp.from(Instant.now()),
                username,
                "run " + runId + " comment " + commentId);
        return text.stream().findFirst();
    }

    boolean isHeld(long runId, String commentId) {
        Integer held = jdbc.queryForObject(
                "SELECT count(*) FROM comment_anonymised WHERE run_id = ? AND comment_id = ?" + " AND held_for_review",
                Integer.class,
                runId,
                commentId);
        return held != null && held > 0;
    }

    void decide(long runId, String commentId, String decision, String username) {
        jdbc.update("""
                INSERT INTO comment_review (run_id, comment_id, decision, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (run_id, comment_id) DO UPDATE
                   SET decision = EXCLUDED.decision, decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at
                """, runId, commentId, decision, username, Timestamp.from(Instant.now()));
    }
}
