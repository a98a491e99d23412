package org.provisionlens.jobs.comments;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provisionlens.core.comments.Comment;
import org.provisionlens.jobs.ingest.QuarantineEntry;

/**
 * The checks of {@code comments-csv} records read elsewhere than {@link CommentsCsv} (a national run reads the file with
 * Spark and checks each LA's comments on an executor): the same checks, the same quarantine reasons. Duplicate ids are
 * found among the records one instance checks. Records are placed by their number after the header ("record 12"), as a
 * multi-line CSV read gives no line numbers.
 */
public final class CommentRecords {

    private final CommentChecks checks = new CommentChecks();
    private final String inputName;
    private final String file;

    public CommentRecords(String inputName, String file) {
        this.inputName = inputName;
        this.file = file;
    }

    /** The columns the format takes, as the contract spells them. */
    public static List<String> columns() {
        return CommentChecks.COLUMNS;
    }

    /** A header's column name as the contract spells it ({@code respondentType} is {@code respondent_type}). */
    public static String canonical(String name) {
        return CommentChecks.canonical(name);
    }

    /** Checks one record's values (by canonical column name) and adds its problems; the comment when it has none. */
    public Optional<Comment> check(Map<String, String> values, long record, List<QuarantineEntry> problems) {
        String where = "record " + record;
        return checks.check(
                values,
                new CommentChecks.Place() {
                    @Override
                    public QuarantineEntry entry(String field, String value, String reason) {
                        return QuarantineEntry.atPointer(inputName, file, where, field, value, reason);
                    }

                    @Override
                    public String describe() {
                        return where;
                    }
                },
                problems);
    }

    /** The quarantine entry of a record the CSV reader could not split into the columns. */
    public QuarantineEntry malformed(long record, int columns) {
        return QuarantineEntry.atPointer(
                inputName,
                file,
                "record " + record,
                "(record)",
                null,
                "expected " + columns + " values, one per column: a value holding a comma must be in double quotes");
    }
}
