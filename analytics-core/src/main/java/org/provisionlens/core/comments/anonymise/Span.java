package org.provisionlens.core.comments.anonymise;

/**
 * A candidate identifier found by a detector.
 *
 * @param key what makes two mentions the same identifier within a comment (normalised; never leaves the package)
 */
record Span(EntityType type, int start, int end, String key) {

    Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    static Span of(EntityType type, String text, int start, int end) {
        return new Span(type, start, end, normalise(text.substring(start, end)));
    }

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    int length() {
        return end - start;
    }

    static String normalise(String value) {
        StringBuilder key = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }
}
