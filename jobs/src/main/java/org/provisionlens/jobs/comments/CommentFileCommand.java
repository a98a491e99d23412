package org.provisionlens.jobs.comments;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.provisionlens.core.comments.anonymise.Anonymised;
import org.provisionlens.core.comments.themes.ThemeFinding;
import org.provisionlens.core.csv.CsvFormats;
import org.provisionlens.core.csv.CsvRecordReader;
import org.provisionlens.jobs.exit.ExitCode;

/**
 * Anonymises a CSV of comments, {@code id,text} (other columns ignored), to
 * {@code id,anonymised_text,held_for_review,reasons}; or themes it to {@code id,theme,stance,evidence}, one row per
 * theme of each comment (themes found after anonymising). For councils to check both on their own labelled comments.
 */
public final class CommentFileCommand {

    /** What the command does to each comment. */
    public enum Task {
        /** {@code id,anonymised_text,held_for_review,reasons} */
        ANONYMISE,
        /** {@code id,theme,stance,evidence}, one row per theme, found after anonymising */
        THEME
    }

    private final CommentProcessing processing;
    private final PrintStream out;
    private final PrintStream err;

    public CommentFileCommand(CommentProcessing processing, PrintStream out, PrintStream err) {
        this.processing = processing;
        this.out = out;
        this.err = err;
    }

    /** Anonymises or themes the comments of {@code in} (a CSV with {@code id,text}) into {@code target}. */
    public ExitCode run(Task task, Path in, Path target) {
        if (!Files.isRegularFile(in)) {
            err.println("file " + in + " does not exist");
            return ExitCode.BAD_INPUT;
        }
        try (Reader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                CsvRecordReader records = new CsvRecordReader(reader);
                CSVPrinter writer =
                        CsvFormats.printer(Files.newBufferedWriter(target, StandardCharsets.UTF_8), CsvFormats.FILE)) {
            CsvRecordReader.Record header = records.next();
            List<String> names = header == null
                    ? List.of()
                    : header.values().stream()
                            .map(name -> name.trim().toLowerCase(Locale.ROOT))
                            .toList();
            int id = names.indexOf("id");
            int text = names.indexOf("text");
            if (id < 0 || text < 0) {
                err.println(in + ": expected a header with the columns id and text; found " + names);
                return ExitCode.BAD_INPUT;
            }
            boolean anonymise = task == Task.ANONYMISE;
            writer.printRecord(
                    anonymise
                            ? List.of("id", "anonymised_text", "held_for_review", "reasons")
                            : List.of("id", "theme", "stance", "evidence"));
            long comments = 0;
            long skipped = 0;
            for (CsvRecordReader.Record record = records.next(); record != null; record = records.next()) {
                if (record.isBlank() || record.values().size() <= Math.max(id, text)) {
                    skipped++;
                    err.println(in + " line " + record.line() + ": skipped: expected " + names.size()
                            + " values (text withheld)");
                    continue;
                }
                String commentId = record.values().get(id);
                Anonymised anonymised =
                        processing.anonymiser().anonymise(record.values().get(text));
                if (anonymise) {
                    writer.printRecord(
                            commentId,
                            anonymised.text(),
                            anonymised.uncertain(),
                            String.join(
                                    "; ",
                                    anonymised.reasons().stream()
                                            .map(Enum::name)
                                            .toList()));
                } else {
                    for (ThemeFinding finding : processing.themer().theme(anonymised.text())) {
                        writer.printRecord(
                                commentId,
                                finding.theme().code(),
                                finding.stance().name().toLowerCase(Locale.ROOT),
                                finding.evidence());
                    }
                }
                comments++;
            }
            out.println(comments + " comments " + (anonymise ? "anonymised" : "themed") + ", " + skipped
                    + " skipped; written to " + target.toAbsolutePath());
            return skipped > 0 ? ExitCode.DONE_WITH_QUARANTINE : ExitCode.DONE;
        } catch (IOException e) {
            err.println("Could not " + task.name().toLowerCase(Locale.ROOT) + " " + in + ": " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
