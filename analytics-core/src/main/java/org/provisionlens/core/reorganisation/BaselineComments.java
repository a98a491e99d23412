package org.provisionlens.core.reorganisation;

import static org.provisionlens.core.reorganisation.RowValues.list;
import static org.provisionlens.core.reorganisation.RowValues.text;

import java.util.List;

/**
 * The published comments about services: anonymised text only, from comment_publishable (not held for review unless a
 * person released it, and not excluded), linked to a service (comment_link kind 'service'), each with its themes and
 * their stance ("Waiting times (negative)").
 */
final class BaselineComments {

    static final String COMMENTS = "SELECT l.target AS service_id, p.comment_id, p.respondent_type,"
            + " p.anonymised_text,"
            + " string_agg(t.theme_label || ' (' || lower(t.stance) || ')', chr(31) ORDER BY t.theme_label) AS themes"
            + " FROM comment_publishable p"
            + " JOIN comment_link l ON l.run_id = p.run_id AND l.comment_id = p.comment_id AND l.kind = 'service'"
            + " LEFT JOIN comment_theme t ON t.run_id = p.run_id AND t.comment_id = p.comment_id"
            + " WHERE p.run_id = ?"
            + " GROUP BY l.target, p.comment_id, p.respondent_type, p.anonymised_text"
            + " ORDER BY l.target, p.comment_id";

    private BaselineComments() {}

    static List<ServiceComment> load(PublishedRows rows, long runId) {
        return rows.query(COMMENTS, runId).stream()
                .map(row -> new ServiceComment(
                        text(row, "service_id"),
                        text(row, "comment_id"),
                        text(row, "respondent_type"),
                        text(row, "anonymised_text"),
                        list(row, "themes")))
                .toList();
    }
}
