package org.provisionlens.core.comments.anonymise;

import java.util.Objects;

/**
 * One identifier replaced. Offsets are into the original text; the original words are never kept, so a replacement
 * may be logged.
 *
 * @param start first character replaced in the original text
 * @param end one past the last character replaced
 * @param placeholder what stands in its place, such as {@code [CHILD 1]}
 */
public record Replacement(EntityType type, int start, int end, String placeholder) {

    public Replacement {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(placeholder, "placeholder");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
