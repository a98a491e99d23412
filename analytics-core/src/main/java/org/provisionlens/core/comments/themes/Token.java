package org.provisionlens.core.comments.themes;

/**
 * One word of a text, normalised for matching, with where it sits in the original.
 *
 * @param word lower case, apostrophes dropped ({@code don't} is {@code dont}), a plural {@code s} taken off
 * @param raw lower case as written, apostrophes dropped, for prefix cues ({@code wait*})
 */
record Token(String word, String raw, int start, int end) {}
