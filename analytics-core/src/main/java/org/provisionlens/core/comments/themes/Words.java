package org.provisionlens.core.comments.themes;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s: runs of letters and digits, apostrophes inside a word dropped. An anonymiser's
 * placeholder ({@code [NAME]}, {@code [PLACE]}, {@code [SCHOOL_1]}: capitals, digits, _ or spaces in square brackets)
 * is no word at all, so that {@code [PLACE]} never cues the theme of school places.
 */
final class Words {

    private Words() {}

    static List<Token> tokens(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int start = -1;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ' ';
            if (c == '[' && start < 0) {
                int close = placeholderEnd(text, i, to);
                if (close > 0) {
                    i = close;
                    continue;
                }
            }
            if (Character.isLetterOrDigit(c)) {
                if (start < 0) {
                    start = i;
                }
                word.append(Character.toLowerCase(c));
            } else if (start >= 0 && isApostrophe(c) && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                continue; // don't -> dont, child's -> childs
            } else if (start >= 0) {
                String raw = word.toString();
                tokens.add(new Token(stem(raw), raw, start, i));
                word.setLength(0);
                start = -1;
            }
        }
        return tokens;
    }

    /** The index of the ] closing a placeholder opened at {@code open}, or -1. */
    private static int placeholderEnd(String text, int open, int to) {
        for (int i = open + 1; i < to; i++) {
            char c = text.charAt(i);
            if (c == ']') {
                return i > open + 1 ? i : -1;
            }
            if (!(Character.isUpperCase(c) || Character.isDigit(c) || c == '_' || c == ' ')) {
                return -1;
            }
        }
        return -1;
    }

    static List<Token> tokens(String text) {
        return tokens(text, 0, text.length());
    }

    /** Takes a plural or third-person {@code s} off, so that cues need not list both forms. */
    static String stem(String word) {
        int n = word.length();
        if (n > 3 && word.charAt(n - 1) == 's') {
            char before = word.charAt(n - 2);
            if (before != 's' && before != 'u' && before != 'i') {
                return word.substring(0, n - 1);
            }
        }
        return word;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
