package org.provisionlens.dashboards.comments;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.provisionlens.core.comments.publication.StanceCounts;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Reads the published, anonymised comments (comment_anonymised, comment_theme) and the responses. Never reads
 * comment_received: its raw text must not reach these pages.
 */
@Repository
class CommentsRepository {

    /** Not held for review, or released by a person after checking. */
    static final String PUBLISHABLE =
            "(NOT a.held_for_review OR EXISTS (SELECT 1 FROM comment_review cr WHERE cr.run_id = a.run_id AND cr.comment_id = a.comment_id AND cr.decision = 'release'))";

    /** The period filter: a null year means every comment. */
    private static final String IN_PERIOD =
            " AND (CAST(? AS INTEGER) IS NULL OR EXTRACT(YEAR FROM a.received_on) = CAST(? AS INTEGER))";

    private static final String RESPONSE_COLUMNS =
            "r.response_id, r.theme, r.response, r.action, r.owner, r.due_date, r.status, r.updated_by, r.updated_at";

    private final JdbcTemplate jdbc;

    private final PublishedRuns runs;

    CommentsRepository(JdbcTemplate jdbc, PublishedRuns runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    List<PublishedRun> publishedRuns() {
        return runs.all();
    }

    Optional<PublishedRun> published(String laCode) {
        return runs.published(laCode);
    }

    /** The year of the latest comment received, or all when no comment has a date. */
    Period latestPeriod(PublishedRun run) {
        Integer year = jdbc.queryForObject(
                "SELECT CAST(max(EXTRACT(YEAR FROM received_on)) AS INTEGER) FROM comment_anonymised WHERE run_id = ?",
                Integer.class,
                run.runId());
        return new Period(year);
    }

    /** Theme by theme, with the stance counts of the comments not held for review, most comments first. */
    List<ThemeRow> themes(PublishedRun run, Period period) {
        return jdbc.query(
                """
                SELECT t.theme, min(t.theme_label) AS label,
                       count(*) FILTER (WHERE t.stance = 'POSITIVE') AS positive,
                       count(*) FILTER (WHERE t.stance = 'NEGATIVE') AS negative,
                       count(*) FILTER (WHERE t.stance = 'MIXED') AS mixed
                  FROM comment_theme t
                  JOIN comment_anonymised a ON a.run_id = t.run_id AND a.comment_id = t.comment_id
                 WHERE t.run_id = ? AND (NOT a.held_for_review OR EXISTS (SELECT 1 FROM comment_review cr WHERE cr.run_id = a.run_id AND cr.comment_id = a.comment_id AND cr.decision = 'release')) AND a.excluded_reason IS NULL""" + IN_PERIOD + " GROUP BY t.theme ORDER BY count(*) DESC, min(t.theme_label)",
                (rs, i) -> new ThemeRow(
                        rs.getString("theme"),
                        rs.getString("label"),
                        new StanceCounts(rs.getInt("positive"), rs.getInt("negative"), rs.getInt("mixed"))),
                run.runId(),
                period.year(),
                period.year());
    }

    int heldForReview(PublishedRun run, Period period) {
        Integer held = jdbc.queryForObject(
                "SELECT count(*) FROM comment_anonymised a WHERE a.run_id = ? AND NOT " + PUBLISHABLE + IN_PERIOD,
                Integer.class,
                run.runId(),
                period.year(),
                period.year());
        return held == null ? 0 : held;
    }

    /** Comments left out of the report for a reason (ABUSIVE or INDIVIDUAL_COMPLAINT), counted. */
    int excluded(PublishedRun run, Period period, String reason) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM comment_anonymised a WHERE a.run_id = ? AND " + PUBLISHABLE
                        + " AND a.excluded_reason = ?" + IN_PERIOD,
                Integer.class,
                run.runId(),
                reason,
                period.year(),
                period.year());
        return count == null ? 0 : count;
    }

    /** Up to three different evidence phrases of the theme, those without placeholders such as [CHILD 1] first. */
    List<String> quotes(PublishedRun run, Period period, String theme) {
        return jdbc.queryForList(
                """
                SELECT t.evidence
                  FROM comment_theme t
                  JOIN comment_anonymised a ON a.run_id = t.run_id AND a.comment_id = t.comment_id
                 WHERE t.run_id = ? AND t.theme = ? AND (NOT a.held_for_review OR EXISTS (SELECT 1 FROM comment_review cr WHERE cr.run_id = a.run_id AND cr.comment_id = a.comment_id AND cr.decision = 'release')) AND a.excluded_reason IS NULL"""
                        + IN_PERIOD
                        + " GROUP BY t.evidence ORDER BY (t.evidence ~ '\\[[A-Z]'), length(t.evidence), min(t.comment_id) LIMIT 3",
                String.class,
                run.runId(),
                theme,
                period.year(),
                period.year());
    }

    /** The responses of a local authority and period, theme by theme, oldest first. */
    List<Response> responses(String laCode, Period period) {
        return jdbc.query(
                "SELECT " + RESPONSE_COLUMNS + " FROM comment_response r WHERE r.la_code = ? AND r.period = ?"
                        + " ORDER BY r.theme, r.updated_at, r.response_id",
                responseRow(),
                laCode,
                period.code());
    }

    /** Adds the theme's response of the period, or updates the latest one there is. */
    void saveResponse(String laCode, Period period, ResponseForm form, String user, OffsetDateTime now) {
        List<Long> existing = jdbc.queryForList("""
                SELECT response_id FROM comment_response
                 WHERE la_code = ? AND period = ? AND theme = ? AND comment_id IS NULL
                 ORDER BY updated_at DESC, response_id DESC LIMIT 1
                """, Long.class, laCode, period.code(), form.theme());
        LocalDate due = form.dueDate();
        if (existing.isEmpty()) {
            jdbc.update(
                    """
                    INSERT INTO comment_response (la_code, period, theme, response, action, owner, due_date, status,
                                                  updated_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    laCode,
                    period.code(),
                    form.theme(),
                    form.response().trim(),
                    blankToNull(form.action()),
                    blankToNull(form.owner()),
                    due,
                    form.status(),
                    user,
                    now);
        } else {
            jdbc.update(
                    """
                    UPDATE comment_response SET response = ?, action = ?, owner = ?, due_date = ?, status = ?,
                                                updated_by = ?, updated_at = ?
                     WHERE response_id = ?
                    """,
                    form.response().trim(),
                    blankToNull(form.action()),
                    blankToNull(form.owner()),
                    due,
                    form.status(),
                    user,
                    now,
                    existing.get(0));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static RowMapper<Response> responseRow() {
        return (rs, i) -> new Response(
                rs.getLong("response_id"),
                rs.getString("theme"),
                rs.getString("theme"),
                rs.getString("response"),
                rs.getString("action"),
                rs.getString("owner"),
                rs.getObject("due_date", LocalDate.class),
                rs.getString("status"),
                rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    /** A theme and its stance counts, before quotes and responses are added. */
    record ThemeRow(String theme, String label, StanceCounts counts) {}
}
