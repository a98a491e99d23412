package org.provisionlens.jobs.comments;

import static org.provisionlens.jobs.comments.CommentChecks.REQUIRED;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provisionlens.core.comments.Comment;
import org.provisionlens.core.csv.CsvRecordReader;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.InputFile;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

/** Comments as CSV ({@code comments-csv}), read in the driver: texts may hold commas, quotes and line breaks. */
final class CommentsCsv {

    private CommentsCsv() {}

    static ReadResult<Comment> read(InputSpec spec) {
        InputFile file = InputFile.prepareInMemory(spec, spec.encoding(), CsvInput.workFolder());
        try (CsvRecordReader reader =
                new CsvRecordReader(Files.newBufferedReader(file.readablePath(), StandardCharsets.UTF_8))) {
            CsvRecordReader.Record header = reader.next();
            if (header == null || header.isBlank()) {
                throw new InputException(spec.describe() + " is empty; expected a header line naming its columns");
            }
            List<String> names =
                    header.values().stream().map(CommentChecks::canonical).toList();
            Set<String> missing = new LinkedHashSet<>(REQUIRED);
            names.forEach(missing::remove);
            if (!missing.isEmpty()) {
                throw new InputException(spec.describe() + " is missing the column(s) " + missing + "; a "
                        + spec.format() + " file needs the columns " + REQUIRED + " (found " + names + ")");
            }
            return records(spec, file.sha256(), reader, names);
        } catch (IOException e) {
            throw new InputException(
                    spec.describe() + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static ReadResult<Comment> records(
            InputSpec spec, String sha256, CsvRecordReader reader, List<String> names) throws IOException {
        CommentChecks checks = new CommentChecks();
        List<Comment> accepted = new ArrayList<>();
        List<QuarantineEntry> quarantine = new ArrayList<>();
        long read = 0;
        long quarantined = 0;
        for (CsvRecordReader.Record record = reader.next(); record != null; record = reader.next()) {
            read++;
            long line = record.line();
            CommentChecks.Place place = new CommentChecks.Place() {
                @Override
                public QuarantineEntry entry(String field, String value, String reason) {
                    return QuarantineEntry.atLine(spec.name(), spec.fileName(), line, field, value, reason);
                }

                @Override
                public String describe() {
                    return "on line " + line;
                }
            };
            List<QuarantineEntry> problems = new ArrayList<>();
            if (record.isBlank()) {
                problems.add(place.entry("(line)", "", "blank line"));
            } else if (!record.closed()) {
                problems.add(place.entry(
                        "(record)",
                        null,
                        "a double quote opened in this record is never closed: the rest of the file was read as"
                                + " one value"));
            } else if (record.values().size() != names.size()) {
                problems.add(place.entry(
                        "(record)",
                        null,
                        "expected " + names.size() + " values, one per column, found "
                                + record.values().size() + ": a value holding a comma must be in double quotes"));
            } else {
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    values.putIfAbsent(names.get(i), record.values().get(i));
                }
                checks.check(values, place, problems).ifPresent(accepted::add);
            }
            if (!problems.isEmpty()) {
                quarantined++;
                quarantine.addAll(problems);
            }
        }
        return new ReadResult<>(spec, sha256, accepted, quarantine, read, quarantined);
    }
}
