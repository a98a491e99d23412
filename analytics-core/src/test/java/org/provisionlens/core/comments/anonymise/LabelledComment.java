package org.provisionlens.core.comments.anonymise;

import java.util.List;
import java.util.Objects;

/**
 * A comment with the identifiers a person marked in it, for measuring the anonymiser.
 *
 * @param entities the marked identifiers, with offsets into {@code text}
 */
public record LabelledComment(String id, String text, List<Entity> entities) {

    /** One marked identifier: {@code text.substring(start, end)} is of {@code type}. */
    public record Entity(EntityType type, int start, int end) {

        public Entity {
            Objects.requireNonNull(type, "type");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }

    public LabelledComment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        entities = List.copyOf(entities);
        for (Entity entity : entities) {
            if (entity.end() > text.length()) {
                throw new IllegalArgumentException("comment " + id + ": entity ends after the text");
            }
        }
    }
}
