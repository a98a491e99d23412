package org.provisionlens.core.audit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The phrases that state an element, matched as whole words in lower case: "short break" matches "Short breaks"
 * only when written {@code short break*}; a trailing {@code *} lets the last word go on ("therap*": therapy,
 * therapies). Hyphens, apostrophes and runs of spaces in the text are read as the phrase writes them.
 */
final class Phrases {

    private final List<String> phrases;
    private final List<Pattern> patterns;

    Phrases(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        this.patterns = phrases.stream().map(Phrases::pattern).toList();
    }

    /** The first phrase found in {@code text}, as the table writes it (without its {@code *}). */
    Optional<String> foundIn(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normal = normal(text);
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(normal).find()) {
                return Optional.of(phrases.get(i).replace("*", ""));
            }
        }
        return Optional.empty();
    }

    boolean isEmpty() {
        return phrases.isEmpty();
    }

    List<String> all() {
        return phrases;
    }

    static String normal(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace('\u2010', '-')
                .replace('\u2013', '-')
                .replaceAll("\\s+", " ");
    }

    private static Pattern pattern(String phrase) {
        boolean stem = phrase.endsWith("*");
        String words =
                normal(stem ? phrase.substring(0, phrase.length() - 1) : phrase).trim();
        return Pattern.compile("(?<![a-z0-9])" + Pattern.quote(words) + (stem ? "" : "(?![a-z0-9])"));
    }
}
