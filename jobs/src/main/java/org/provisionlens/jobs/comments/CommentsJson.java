package org.provisionlens.jobs.comments;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.provisionlens.core.comments.Comment;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.InputFile;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * Comments as a JSON array of objects ({@code comments-json}) with the CSV's keys ({@code respondentType} and
 * {@code serviceReference} read too); quarantine rows are located by JSON pointer ({@code /12/text}).
 */
final class CommentsJson {

    private CommentsJson() {}

    static ReadResult<Comment> read(InputSpec spec) {
        InputFile file = InputFile.prepareInMemory(spec, spec.encoding(), CsvInput.workFolder());
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.readablePath().toFile());
        } catch (JsonProcessingException e) {
            // no cause and no parser message: they may quote the comments
            JsonLocation at = e.getLocation();
            throw new InputException(spec.describe() + " is not valid JSON (line "
                    + (at == null ? "?" : at.getLineNr()) + ", column " + (at == null ? "?" : at.getColumnNr())
                    + "); expected a JSON array of comment objects");
        } catch (IOException e) {
            throw new InputException(
                    spec.describe() + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw new InputException(spec.describe() + " is empty; expected a JSON array of comment objects");
        }
        if (!root.isArray()) {
            throw new InputException(
                    spec.describe() + " holds " + kind(root) + "; expected a JSON array of comment objects");
        }
        CommentChecks checks = new CommentChecks();
        List<Comment> accepted = new ArrayList<>();
        List<QuarantineEntry> quarantine = new ArrayList<>();
        long quarantined = 0;
        for (int i = 0; i < root.size(); i++) {
            List<QuarantineEntry> problems = new ArrayList<>();
            JsonNode node = root.get(i);
            String pointer = "/" + i;
            if (!node.isObject()) {
                problems.add(QuarantineEntry.atPointer(
                        spec.name(),
                        spec.fileName(),
                        pointer,
                        "(record)",
                        null,
                        "expected an object with id, respondent_type and text, found " + kind(node)));
            } else {
                record(spec, checks, node, pointer, problems).ifPresent(accepted::add);
            }
            if (!problems.isEmpty()) {
                quarantined++;
                quarantine.addAll(problems);
            }
        }
        return new ReadResult<>(spec, file.sha256(), accepted, quarantine, root.size(), quarantined);
    }

    private static java.util.Optional<Comment> record(
            InputSpec spec, CommentChecks checks, JsonNode node, String pointer, List<QuarantineEntry> problems) {
        Map<String, String> keys = new HashMap<>();
        Map<String, String> values = new HashMap<>();
        node.fieldNames().forEachRemaining(key -> {
            String field = CommentChecks.canonical(key);
            if (CommentChecks.COLUMNS.contains(field) && (!keys.containsKey(field) || key.equals(field))) {
                keys.put(field, key);
            }
        });
        CommentChecks.Place place = new CommentChecks.Place() {
            @Override
            public QuarantineEntry entry(String field, String value, String reason) {
                String key = keys.getOrDefault(field, field);
                return QuarantineEntry.atPointer(
                        spec.name(), spec.fileName(), pointer + "/" + escape(key), field, value, reason);
            }

            @Override
            public String describe() {
                return "at " + pointer;
            }
        };
        keys.forEach((field, key) -> {
            JsonNode value = node.get(key);
            if (value.isContainerNode()) {
                problems.add(place.entry(field, null, "expected a text value, found " + kind(value)));
            } else if (!value.isNull()) {
                values.put(field, value.asText());
            }
        });
        return checks.check(values, place, problems);
    }

    /** A key as a JSON pointer segment (RFC 6901). */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String kind(JsonNode node) {
        String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
        return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
    }
}
