package org.provisionlens.core.comments.anonymise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation set as people write it: one comment a line, {@code id<TAB>text}, each identifier marked inline as
 * {@code «TYPE:words»}. Stripping the markers gives the text and the offsets of every identifier.
 */
final class MarkedComments {

    static final Path MARKED = Path.of("src/test/resources/comments/anonymisation-eval.marked.tsv");
    static final Path JSONL = Path.of("src/test/resources/comments/anonymisation-eval.jsonl");

    private MarkedComments() {}

    static List<LabelledComment> read(Path file) {
        try {
            List<LabelledComment> comments = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    int tab = line.indexOf('\t');
                    comments.add(parse(line.substring(0, tab), line.substring(tab + 1)));
                }
            }
            return comments;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Strips the markers of one line; throws on a marker that is not closed or names no type. */
    static LabelledComment parse(String id, String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<LabelledComment.Entity> entities = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf('«', i);
            if (open < 0) {
                text.append(marked, i, marked.length());
                break;
            }
            text.append(marked, i, open);
            int colon = marked.indexOf(':', open);
            int close = marked.indexOf('»', open);
            if (colon < 0 || close < colon) {
                throw new IllegalArgumentException(id + ": bad marker at " + open);
            }
            EntityType type = EntityType.valueOf(marked.substring(open + 1, colon));
            int start = text.length();
            text.append(marked, colon + 1, close);
            entities.add(new LabelledComment.Entity(type, start, text.length()));
            i = close + 1;
        }
        return new LabelledComment(id, text.toString(), entities);
    }

    /** Writes the JSON Lines form of the marked set: {@code mvn exec} is not needed, run this class's main. */
    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>();
        for (LabelledComment comment : read(MARKED)) {
            lines.add(JsonLines.write(comment));
        }
        Files.write(JSONL, lines, StandardCharsets.UTF_8);
    }
}
