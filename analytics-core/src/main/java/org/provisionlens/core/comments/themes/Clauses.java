package org.provisionlens.core.comments.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a comment into clauses: sentences end at {@code . ! ? ;} or a line break; a colon or a contrast ({@code but},
 * {@code however}, {@code although}, {@code though}, {@code whereas}, {@code despite}, {@code even though}) starts a
 * new clause inside a sentence. The contrast word belongs to neither clause.
 */
final class Clauses {

    /**
     * One clause.
     *
     * @param sentence index of its sentence in the comment
     */
    record Clause(int sentence, int start, int end, List<Token> tokens) {
        String evidence(String text) {
            int s = start;
            int e = end;
            while (s > 0 && "[(£\"'".indexOf(text.charAt(s - 1)) >= 0) {
                s--;
            }
            while (e < text.length()
                    && !Character.isWhitespace(text.charAt(e))
                    && ".,;:!?".indexOf(text.charAt(e)) < 0) {
                e++;
            }
            return text.substring(s, e).strip();
        }
    }

    private static final Set<String> CONTRASTS = Set.of("but", "however", "although", "though", "whereas", "despite");

    private Clauses() {}

    static List<Clause> split(String text) {
        List<Clause> clauses = new ArrayList<>();
        int sentence = 0;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            char c = end ? '\n' : text.charAt(i);
            boolean sentenceEnd =
                    end || c == '\n' || c == ';' || ((c == '.' || c == '!' || c == '?') && boundary(text, i));
            if (sentenceEnd || c == ':') {
                addClauses(text, from, i, sentence, clauses);
                from = i + 1;
                if (sentenceEnd) {
                    sentence++;
                }
            }
        }
        return clauses;
    }

    /** A full stop ends a sentence unless it sits inside a number or an abbreviation such as e.g. */
    private static boolean boundary(String text, int i) {
        return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static void addClauses(String text, int from, int to, int sentence, List<Clause> out) {
        List<Token> tokens = Words.tokens(text, from, to);
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).raw();
            if (CONTRASTS.contains(w)) {
                int last = i;
                if (w.equals("though") && i > 0 && tokens.get(i - 1).raw().equals("even")) {
                    last = i - 1;
                }
                add(tokens.subList(first, last), sentence, out);
                first = i + 1;
            }
        }
        add(tokens.subList(first, tokens.size()), sentence, out);
    }

    private static void add(List<Token> tokens, int sentence, List<Clause> out) {
        if (!tokens.isEmpty()) {
            int start = tokens.get(0).start();
            int end = tokens.get(tokens.size() - 1).end();
            out.add(new Clause(sentence, start, end, List.copyOf(tokens)));
        }
    }
}
