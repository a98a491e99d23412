package org.provisionlens.jobs.publish;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.provisionlens.core.comments.Comment;

/** The comment_received table of a run: comments as received, restricted (raw text is personal data). */
final class CommentTables {

    private CommentTables() {}

    static void write(Connection connection, long runId, List<Comment> comments) throws SQLException, IOException {
        CsvRows rows = new CsvRows();
        for (Comment comment : comments) {
            rows.add(
                    runId,
                    comment.id(),
                    comment.date() == null ? null : comment.date().toString(),
                    comment.respondentType().name(),
                    comment.channel(),
                    comment.text(),
                    comment.serviceReference(),
                    comment.area());
        }
        Copy.rows(
                connection,
                "comment_received (run_id, comment_id, received_on, respondent_type, channel, text,"
                        + " service_reference, area)",
                rows);
    }
}
