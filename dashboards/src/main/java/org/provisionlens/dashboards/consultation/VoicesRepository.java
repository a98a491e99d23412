package org.provisionlens.dashboards.consultation;

import java.util.List;
import org.provisionlens.core.comments.publication.StanceCounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads who wrote a run's comments and how they came (counts over every anonymised comment, whether published, held or
 * left out), and what children and young people said: their themes and text from comment_publishable only. Never reads
 * comment_received.
 */
@Repository
class VoicesRepository {

    /** The respondent types of children and young people. */
    static final String CYP = "('CHILD', 'YOUNG_PERSON')";

    private final JdbcTemplate jdbc;

    VoicesRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Comments counted by respondent type and channel as recorded (channel null when not recorded). */
    List<Tally> tallies(long runId) {
        return jdbc.query(
                """
                SELECT respondent_type, nullif(lower(trim(channel)), '') AS channel, count(*) AS comments
                  FROM comment_anonymised WHERE run_id = ?
                 GROUP BY 1, 2 ORDER BY 1, 2
                """,
                (rs, i) -> new Tally(rs.getString("respondent_type"), rs.getString("channel"), rs.getInt("comments")),
                runId);
    }

    /** The themes of the published comments of children and young people, with their stances, most comments first. */
    List<Voices.Theme> childrensThemes(long runId) {
        return jdbc.query(
                """
                SELECT t.theme, min(t.theme_label) AS label,
                       count(*) FILTER (WHERE t.stance = 'POSITIVE') AS positive,
                       count(*) FILTER (WHERE t.stance = 'NEGATIVE') AS negative,
                       count(*) FILTER (WHERE t.stance = 'MIXED') AS mixed
                  FROM comment_theme t
                  JOIN comment_publishable a ON a.run_id = t.run_id AND a.comment_id = t.comment_id
                 WHERE t.run_id = ? AND a.respondent_type IN """ + CYP + """

                 GROUP BY t.theme ORDER BY count(*) DESC, min(t.theme_label)
                """,
                (rs, i) -> new Voices.Theme(
                        rs.getString("label"),
                        new StanceCounts(rs.getInt("positive"), rs.getInt("negative"), rs.getInt("mixed"))),
                runId);
    }

    /** The published anonymised comments of children and young people, oldest first. */
    List<Voices.Said> childrensComments(long runId) {
        return jdbc.query(
                "SELECT respondent_type, anonymised_text FROM comment_publishable WHERE run_id = ? AND respondent_type IN "
                        + CYP + " ORDER BY received_on, comment_id",
                (rs, i) -> new Voices.Said(
                        "CHILD".equals(rs.getString("respondent_type")) ? "A child" : "A young person",
                        rs.getString("anonymised_text")),
                runId);
    }

    /** Comments counted by respondent type and channel. */
    record Tally(String respondentType, String channel, int comments) {}
}
