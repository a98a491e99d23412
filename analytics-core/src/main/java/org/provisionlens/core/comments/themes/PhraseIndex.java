package org.provisionlens.core.comments.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A trie of phrases over {@link Token}s, so that a text is matched against every phrase in one pass over its words
 * rather than a regular expression per phrase. A phrase word ending in {@code *} matches any word that starts with it.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseIndex<T> {

    /** A phrase found at tokens {@code [from, to)}. */
    record Match<T>(int from, int to, T value) {
        int length() {
            return to - from;
        }
    }

    private static final class Node<T> {
        final Map<String, Node<T>> words = new HashMap<>();
        final List<Map.Entry<String, Node<T>>> prefixes = new ArrayList<>();
        final List<T> values = new ArrayList<>();
    }

    private final Node<T> root = new Node<>();

    /** Adds a phrase; returns false when it holds no word. */
    boolean add(String phrase, T value) {
        String[] words = phrase.toLowerCase(Locale.ROOT)
                .replace("'", "")
                .replace("\u2019", "")
                .split("[^a-z0-9*]+");
        Node<T> node = root;
        boolean any = false;
        for (String w : words) {
            if (w.isEmpty() || w.equals("*")) {
                continue;
            }
            any = true;
            node = w.endsWith("*") ? prefixChild(node, w.substring(0, w.length() - 1)) : wordChild(node, Words.stem(w));
        }
        if (any) {
            node.values.add(value);
        }
        return any;
    }

    private static <T> Node<T> wordChild(Node<T> node, String word) {
        return node.words.computeIfAbsent(word, k -> new Node<>());
    }

    private static <T> Node<T> prefixChild(Node<T> node, String prefix) {
        for (Map.Entry<String, Node<T>> e : node.prefixes) {
            if (e.getKey().equals(prefix)) {
                return e.getValue();
            }
        }
        Node<T> child = new Node<>();
        node.prefixes.add(Map.entry(prefix, child));
        return child;
    }

    /** Every phrase found anywhere in the tokens, overlapping ones included. */
    List<Match<T>> findAll(List<Token> tokens) {
        List<Match<T>> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            walk(root, tokens, i, i, matches);
        }
        return matches;
    }

    /** Left to right, the longest phrase at each place, none overlapping. */
    List<Match<T>> findLongest(List<Token> tokens) {
        List<Match<T>> out = new ArrayList<>();
        List<Match<T>> here = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            here.clear();
            walk(root, tokens, i, i, here);
            Match<T> best = null;
            for (Match<T> m : here) {
                if (best == null || m.length() > best.length()) {
                    best = m;
                }
            }
            if (best == null) {
                i++;
            } else {
                out.add(best);
                i = best.to();
            }
        }
        return out;
    }

    private static <T> void walk(Node<T> node, List<Token> tokens, int from, int at, List<Match<T>> out) {
        if (at > from) {
            for (T v : node.values) {
                out.add(new Match<>(from, at, v));
            }
        }
        if (at == tokens.size()) {
            return;
        }
        Token t = tokens.get(at);
        Node<T> next = node.words.get(t.word());
        if (next != null) {
            walk(next, tokens, from, at + 1, out);
        }
        for (Map.Entry<String, Node<T>> e : node.prefixes) {
            if (t.raw().startsWith(e.getKey())) {
                walk(e.getValue(), tokens, from, at + 1, out);
            }
        }
    }
}
