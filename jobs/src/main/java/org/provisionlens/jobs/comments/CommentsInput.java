package org.provisionlens.jobs.comments;

import org.provisionlens.core.comments.Comment;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * Consultation comments (formats {@code comments-csv} and {@code comments-json}), read in the driver: a consultation
 * has hundreds or thousands of comments, and their texts span lines. Every record is accepted or quarantined; no text
 * reaches a quarantine value, a log or an exception message. See {@code jobs/templates/comments-guide.md}.
 */
public final class CommentsInput {

    public static final String CSV_FORMAT = "comments-csv";
    public static final String JSON_FORMAT = "comments-json";

    private CommentsInput() {}

    /** Reads the comments of {@code spec}, by its format. */
    public static ReadResult<Comment> read(InputSpec spec) {
        return switch (spec.format()) {
            case CSV_FORMAT -> CommentsCsv.read(spec);
            case JSON_FORMAT -> CommentsJson.read(spec);
            default ->
                throw new InputException(spec.describe() + " has the format " + spec.format()
                        + "; comments are read from " + CSV_FORMAT + " or " + JSON_FORMAT);
        };
    }
}
