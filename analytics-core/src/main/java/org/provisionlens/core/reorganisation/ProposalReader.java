package org.provisionlens.core.reorganisation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a reorganisation proposal from YAML or JSON text (JSON is YAML, read the same way). The file format is in
 * {@code jobs/templates/proposal-guide.md} and {@code proposal-schema.json}. Every problem in a file is collected and
 * thrown together as one {@link ProposalException}; a key the reader does not know is a problem (a misspelt key must
 * never silently do nothing). Loading is safe: plain values only, no tags, few aliases, limited sizes.
 */
public final class ProposalReader {

    /** The largest proposal file read: 1 MB. */
    public static final int MAX_BYTES = 1_048_576;

    public static final int MAX_CHANGES = 500;

    /** The longest text value (a name, a description, a service id). */
    public static final int MAX_TEXT = 2_000;

    static final List<String> KEYS = List.of("id", "name", "description", "effectiveDate", "localAuthority", "changes");

    private ProposalReader() {}

    /** The proposal in a file, named by its file name in every problem. */
    public static Proposal read(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw tooLarge(name, size);
        }
        return read(name, Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * The proposal the text holds.
     *
     * @param fileName the name the problems give for the text (an upload's file name, or a label such as "the form")
     */
    public static Proposal read(String fileName, String text) {
        ProposalProblems problems = new ProposalProblems(fileName);
        Object tree = tree(fileName, text);
        if (!(tree instanceof Map<?, ?> root)) {
            problems.add("", tree, "a proposal: a mapping with the keys " + String.join(", ", KEYS));
            throw problems.exception();
        }
        ProposalFields fields = new ProposalFields(problems, "", root, KEYS);
        String id = fields.text("id", true);
        if (id != null && !id.matches("[A-Za-z0-9][A-Za-z0-9-]{0,79}")) {
            fields.problem("id", id, "letters, digits and hyphens (at most 80), starting with a letter or digit");
        }
        String name = fields.text("name", true);
        String description = fields.text("description", false);
        LocalDate effectiveDate = fields.date("effectiveDate");
        String laCode = fields.text("localAuthority", true);
        if (laCode != null && !laCode.matches("[EWSN]\\d{8}")) {
            fields.problem("localAuthority", laCode, "an ONS local authority code, e.g. E08000009");
        }
        List<Change> changes = changes(problems, fields);
        problems.throwIfAny();
        return new Proposal(id, name, description, effectiveDate, laCode, changes);
    }

    /** {@code json} when the text (after any byte order mark and white space) starts with {@code {}, else {@code yaml}. */
    public static String format(String text) {
        return text.replace("\uFEFF", "").stripLeading().startsWith("{") ? "json" : "yaml";
    }

    /**
     * The text as the reader sees it, before any checks: maps, lists, text, exact numbers and booleans (dates stay
     * text). For validating a file against the schema.
     */
    public static Object tree(String fileName, String text) {
        ProposalProblems problems = new ProposalProblems(fileName);
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw tooLarge(fileName, bytes);
        }
        String readable = text.replace("\uFEFF", "");
        // JSON text cannot hold a raw tab inside a string, so a tab is white space, which YAML's flow style refuses
        readable = format(readable).equals("json") ? readable.replace('\t', ' ') : readable;
        try {
            return ProposalYaml.load(readable);
        } catch (MarkedYAMLException malformed) {
            problems.add(
                    "",
                    ProposalProblems.described(
                            "line " + (malformed.getProblemMark().getLine() + 1) + ", column "
                                    + (malformed.getProblemMark().getColumn() + 1) + ": "
                                    + (malformed.getContext() == null ? "" : malformed.getContext() + ", ")
                                    + malformed.getProblem()),
                    "well-formed " + format(text).toUpperCase(java.util.Locale.ROOT) + " with no custom tags");
        } catch (YAMLException refused) {
            problems.add(
                    "",
                    ProposalProblems.described(refused.getMessage()),
                    "a plain YAML or JSON document (at most 20 aliases, no custom tags)");
        }
        throw problems.exception();
    }

    private static List<Change> changes(ProposalProblems problems, ProposalFields fields) {
        List<?> entries = fields.list("changes", true, "a list of changes (it may be empty: [])");
        List<Change> changes = new ArrayList<>();
        if (entries == null) {
            return changes;
        }
        if (entries.size() > MAX_CHANGES) {
            fields.problem(
                    "changes",
                    ProposalProblems.described(entries.size() + " changes"),
                    "at most " + MAX_CHANGES + " changes");
            return changes;
        }
        for (int index = 0; index < entries.size(); index++) {
            String pointer = "/changes/" + index;
            try {
                Change change = ChangeReader.read(problems, pointer, entries.get(index));
                if (change != null) {
                    changes.add(change);
                }
            } catch (IllegalArgumentException refused) {
                problems.add(pointer, ProposalProblems.described("a change the model refuses"), refused.getMessage());
            }
        }
        return changes;
    }

    private static ProposalException tooLarge(String fileName, long bytes) {
        return new ProposalException(List.of(new ProposalException.Problem(
                fileName, "", bytes + " bytes", "a file of at most " + MAX_BYTES + " bytes (1 MB)")));
    }
}
