package org.provisionlens.core.reorganisation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.reorganisation.ProposalException.Problem;

/** The problems found in one proposal file so far. */
final class ProposalProblems {

    private static final int SHOWN_CHARACTERS = 60;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    ProposalProblems(String file) {
        this.file = file;
    }

    void add(String pointer, Object value, String expected) {
        problems.add(new Problem(file, pointer, shown(value), expected));
    }

    int count() {
        return problems.size();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw exception();
        }
    }

    ProposalException exception() {
        return new ProposalException(problems);
    }

    /** What the reader found, in words rather than as the file's own text. */
    static Object described(String words) {
        return new Described(words);
    }

    private record Described(String words) {
        @Override
        public String toString() {
            return words;
        }
    }

    /** A value as the file holds it: text quoted (and shortened), numbers plain, lists and mappings by their kind. */
    static String shown(Object value) {
        if (value == null) {
            return "no value";
        }
        if (value instanceof String text) {
            String shown = text.length() > SHOWN_CHARACTERS
                    ? text.substring(0, SHOWN_CHARACTERS) + "... (" + text.length() + " characters)"
                    : text;
            return "\"" + shown + "\"";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        return String.valueOf(value);
    }

    /** A key as a JSON pointer step: {@code ~} as {@code ~0} and {@code /} as {@code ~1}. */
    static String step(Object key) {
        return "/" + String.valueOf(key).replace("~", "~0").replace("/", "~1");
    }
}
