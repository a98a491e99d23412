package org.provisionlens.jobs.comments;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.provisionlens.core.comments.Comment;
import org.provisionlens.core.comments.themes.ThemeFinding;
import org.provisionlens.jobs.copy.CsvRows;
import org.provisionlens.jobs.copy.TableSink;

/**
 * The comment tables of a run, written with COPY inside the publisher's transaction: comment_received (comments as
 * received, restricted: raw text is personal data), and the anonymised comments, their themes and their links.
 */
public final class CommentTables {

    private CommentTables() {}

    public static void write(Connection connection, long runId, List<Comment> comments)
            throws SQLException, IOException {
        write(TableSink.copyTo(connection), runId, comments);
    }

    /** comment_received's rows. */
    public static void write(TableSink sink, long runId, List<Comment> comments) throws SQLException, IOException {
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
        sink.rows(
                "comment_received (run_id, comment_id, received_on, respondent_type, channel, text,"
                        + " service_reference, area)",
                rows);
    }

    /** The anonymised comments and their themes: nothing of the raw text. */
    public static void writeProcessed(
            Connection connection, long runId, List<ProcessedComment> comments, CommentLinks linker)
            throws SQLException, IOException {
        writeProcessed(TableSink.copyTo(connection), runId, comments, linker);
    }

    /** The anonymised comments, their themes and links, to a sink. */
    public static void writeProcessed(TableSink sink, long runId, List<ProcessedComment> comments, CommentLinks linker)
            throws SQLException, IOException {
        CsvRows links = new CsvRows();
        for (ProcessedComment processed : comments) {
            linker.links(processed).stream()
                    .distinct()
                    .forEach(link -> links.add(runId, link.commentId(), link.kind(), link.target(), link.how()));
        }
        sink.rows("comment_link (run_id, comment_id, kind, target, how)", links);
        CsvRows anonymised = new CsvRows();
        CsvRows themes = new CsvRows();
        for (ProcessedComment processed : comments) {
            Comment c = processed.comment();
            anonymised.add(
                    runId,
                    c.id(),
                    c.date() == null ? null : c.date().toString(),
                    c.respondentType().name(),
                    c.channel(),
                    c.serviceReference(),
                    c.area(),
                    processed.anonymised().text(),
                    processed.anonymised().replacements().size(),
                    processed.anonymised().uncertain(),
                    processed.anonymised().reasons().isEmpty()
                            ? null
                            : String.join(
                                    "; ",
                                    processed.anonymised().reasons().stream()
                                            .map(r -> r.name())
                                            .toList()),
                    processed.exclusion() == null ? null : processed.exclusion().name());
            for (ThemeFinding theme : processed.themes()) {
                themes.add(
                        runId,
                        c.id(),
                        theme.theme().code(),
                        theme.theme().label(),
                        theme.stance().name(),
                        theme.evidence());
            }
        }
        sink.rows(
                "comment_anonymised (run_id, comment_id, received_on, respondent_type, channel,"
                        + " service_reference, area, anonymised_text, replacements, held_for_review, review_reasons,"
                        + " excluded_reason)",
                anonymised);
        sink.rows("comment_theme (run_id, comment_id, theme, theme_label, stance, evidence)", themes);
    }
}
