package org.provisionlens.core.comments.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A comment with the themes and stances a person gave it, for evaluating a {@link Themer}.
 *
 * @param themes theme code to stance; empty when the comment raises none of the themes
 */
public record LabelledComment(String id, String text, Map<String, Stance> themes) {

    public LabelledComment {
        Objects.requireNonNull(id, "id");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("labelled comment " + id + " has no text");
        }
        themes = Map.copyOf(themes);
    }

    /**
     * Whether the comment belongs to the held-out third of a set: the digits of its id make a number divisible by 3
     * ({@code c003}, {@code c006}, ...). Rules are written looking only at the rest.
     */
    public boolean heldOut() {
        String digits = id.replaceAll("\\D", "");
        return !digits.isEmpty() && Long.parseLong(digits) % 3 == 0;
    }

    /**
     * Reads a tab-separated set: a header line {@code id, text, themes}, then one comment a line with its themes as
     * {@code code:stance} joined by {@code |}, or {@code -} for none. Lines starting with {@code #} are comments.
     */
    public static List<LabelledComment> read(Reader reader) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        List<LabelledComment> out = new ArrayList<>();
        boolean header = true;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 3) {
                throw new IllegalArgumentException("labelled set line " + number + ": want 3 tab-separated columns");
            }
            out.add(new LabelledComment(cols[0].strip(), cols[1].strip(), themes(cols[2].strip(), number)));
        }
        return out;
    }

    private static Map<String, Stance> themes(String column, int line) {
        Map<String, Stance> themes = new LinkedHashMap<>();
        if (column.equals("-") || column.isEmpty()) {
            return themes;
        }
        for (String item : column.split("\\|")) {
            String[] parts = item.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("labelled set line " + line + ": want code:stance, got " + item);
            }
            if (themes.put(parts[0].strip(), Stance.parse(parts[1])) != null) {
                throw new IllegalArgumentException("labelled set line " + line + ": theme twice: " + parts[0]);
            }
        }
        return themes;
    }
}
