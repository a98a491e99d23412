package org.provisionlens.dashboards.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Easy Read version of a report: sections of short lines, one idea a line, key words in bold. Lines marked
 * {@code theirWords} hold words we did not write (an anonymised quote, or the council's response as it was recorded).
 */
record EasyRead(String laCode, String place, String periodCode, List<Section> sections) {

    static final String TITLE = "You said, we did: Easy Read";

    EasyRead {
        sections = List.copyOf(sections);
    }

    /** A piece of a line, in bold or not. */
    record Part(String text, boolean bold) {}

    /** One line: one idea. */
    record Line(List<Part> parts, boolean theirWords) {

        Line {
            parts = List.copyOf(parts);
        }

        /** Our own words; text between double asterisks is bold: "We got **20 comments** about this." */
        static Line of(String marked) {
            List<Part> parts = new ArrayList<>();
            String[] pieces = marked.split("\\*\\*", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (!pieces[i].isEmpty()) {
                    parts.add(new Part(pieces[i], i % 2 == 1));
                }
            }
            return new Line(parts, false);
        }

        /** Words someone else wrote, shown as they are, after a label of ours in bold. */
        static Line theirs(String label, String words) {
            return new Line(List.of(new Part(label + " ", true), new Part(words, false)), true);
        }

        String text() {
            return parts.stream().map(Part::text).collect(Collectors.joining());
        }

        int words() {
            return text().trim().split("\\s+").length;
        }
    }

    /** A section (a heading of level 2) with its lines and its parts (headings of level 3). */
    record Section(String id, String heading, List<Line> lines, List<Section> parts) {

        Section {
            lines = List.copyOf(lines);
            parts = List.copyOf(parts);
        }

        Section(String id, String heading, List<Line> lines) {
            this(id, heading, lines, List.of());
        }
    }

    /** Every line of the report, parts included, in order. */
    List<Line> lines() {
        List<Line> all = new ArrayList<>();
        for (Section s : sections) {
            all.addAll(s.lines());
            s.parts().forEach(p -> all.addAll(p.lines()));
        }
        return all;
    }
}
