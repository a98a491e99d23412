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
 * Reads the anonymised comments that may be published (the view comment_publishable holds the rule; comment_screened
 * counts those held or excluded), their themes and the responses. Never reads comment_received: its raw text must not
 * reach these pages.
 */
@Repository
class CommentsRepository {

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
                  JOIN comment_publishable a ON a.run_id = t.run_id AND a.comment_id = t.comment_id
                 WHERE t.run_id = ?""" + IN_PERIOD + " GROUP BY t.theme ORDER BY count(*) DESC, min(t.theme_label)",
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
                "SELECT count(*) FROM comment_screened a WHERE a.run_id = ? AND a.screening = 'held'" + IN_PERIOD,
                Integer.class,
                run.runId(),
                period.year(),
                period.year());
        return held == null ? 0 : held;
    }

    /** Comments left out of the report for a reason (ABUSIVE or INDIVIDUAL_COMPLAINT), counted. */
    int excluded(PublishedRun run, Period period, String reason) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM comment_screened a WHERE a.run_id = ? AND a.screening = 'excluded'"
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
                  JOIN comment_publishable a ON a.run_id = t.run_id AND a.comment_id = t.comment_id
                 WHERE t.run_id = ? AND t.theme = ?"""
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

    /**
     * Adds the theme's response of the period, or updates the one there is: one statement, on the schema's unique key
     * (one response per theme, or per comment, of an LA's period), so two saves at once cannot store two.
     */
    void saveResponse(String laCode, Period period, ResponseForm form, String user, OffsetDateTime now) {
        jdbc.update(
                """
                INSERT INTO comment_response (la_code, period, theme, response, action, owner, due_date, status,
                                              updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (la_code, period, theme, comment_id) DO UPDATE
                   SET response = EXCLUDED.response, action = EXCLUDED.action, owner = EXCLUDED.owner,
                       due_date = EXCLUDED.due_date, status = EXCLUDED.status, updated_by = EXCLUDED.updated_by,
                       updated_at = EXCLUDED.updated_at
                """,
                laCode,
                period.code(),
                form.theme(),
                form.response().trim(),
                blankToNull(form.action()),
                blankToNull(form.owner()),
                form.dueDate(),
                form.status(),
                user,
                now);
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
