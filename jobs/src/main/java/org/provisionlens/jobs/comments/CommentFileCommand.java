package org.provisionlens.jobs.comments;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.provisionlens.core.comments.anonymise.Anonymised;
import org.provisionlens.core.comments.themes.ThemeFinding;
import org.provisionlens.core.csv.CsvRecordReader;

/**
 * {@code anonymise --in comments.csv --out anonymised.csv}: {@code id,text} (other columns ignored) to
 * {@code id,anonymised_text,held_for_review,reasons}. {@code theme --in comments.csv --out themes.csv}: to
 * {@code id,theme,stance,evidence}, one row per theme of each comment (themes found after anonymising). For councils to
 * check both on their own labelled comments.
 */
public final class CommentFileCommand {

    public static final String USAGE =
            "anonymise --in comments.csv --out anonymised.csv\n" + "theme --in comments.csv --out themes.csv";

    // Exit statuses, the same numbers as a review run's (RunOutcome), named for what they mean here.
    private static final int DONE = 0;
    private static final int FAILED = 1;
    private static final int BAD_INPUT = 2;
    private static final int DONE_WITH_SKIPPED_ROWS = 3;

    private final CommentProcessing processing;
    private final PrintStream out;
    private final PrintStream err;

    public CommentFileCommand(CommentProcessing processing, PrintStream out, PrintStream err) {
        this.processing = processing;
        this.out = out;
        this.err = err;
    }

    public int run(String command, List<String> args) {
        Path in = null;
        Path target = null;
        Path taxonomy = null;
        for (int i = 0; i + 1 < args.size(); i += 2) {
            switch (args.get(i)) {
                case "--in" -> in = Path.of(args.get(i + 1));
                case "--out" -> target = Path.of(args.get(i + 1));
                case "--taxonomy" -> taxonomy = Path.of(args.get(i + 1));
                default -> {
                    err.println("unexpected argument '" + args.get(i) + "'. Usage:\n  " + USAGE);
                    return BAD_INPUT;
                }
            }
        }
        if (in == null || target == null || args.size() % 2 != 0) {
            err.println("give --in and --out. Usage:\n  " + USAGE);
            return BAD_INPUT;
        }
        if (!Files.isRegularFile(in)) {
            err.println("file " + in + " does not exist");
            return BAD_INPUT;
        }
        CommentProcessing processing = taxonomy == null ? this.processing : CommentProcessing.withTaxonomy(taxonomy);
        try (Reader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                CsvRecordReader records = new CsvRecordReader(reader);
                Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            CsvRecordReader.Record header = records.next();
            List<String> names = header == null
                    ? List.of()
                    : header.values().stream()
                            .map(name -> name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT))
                            .toList();
            int id = names.indexOf("id");
            int text = names.indexOf("text");
            if (id < 0 || text < 0) {
                err.println(in + ": expected a header with the columns id and text; found " + names);
                return BAD_INPUT;
            }
            boolean anonymise = command.equals("anonymise");
            writer.write(anonymise ? "id,anonymised_text,held_for_review,reasons\n" : "id,theme,stance,evidence\n");
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
                    writer.write(String.join(
                                    ",",
                                    csv(commentId),
                                    csv(anonymised.text()),
                                    String.valueOf(anonymised.uncertain()),
                                    csv(String.join(
                                            "; ",
                                            anonymised.reasons().stream()
                                                    .map(Enum::name)
                                                    .toList())))
                            + "\n");
                } else {
                    for (ThemeFinding finding : processing.themer().theme(anonymised.text())) {
                        writer.write(String.join(
                                        ",",
                                        csv(commentId),
                                        finding.theme().code(),
                                        finding.stance().name().toLowerCase(Locale.ROOT),
                                        csv(finding.evidence()))
                                + "\n");
                    }
                }
                comments++;
            }
            out.println(comments + " comments " + (anonymise ? "anonymised" : "themed") + ", " + skipped
                    + " skipped; written to " + target.toAbsolutePath());
            return skipped > 0 ? DONE_WITH_SKIPPED_ROWS : DONE;
        } catch (IOException e) {
            err.println("Could not " + command + " " + in + ": " + e.getMessage());
            return FAILED;
        }
    }

    static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }
}
