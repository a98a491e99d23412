package org.provisionlens.core.comments.themes;

import java.util.Objects;

/**
 * One theme found in one comment, with the comment's stance on it.
 *
 * @param evidence the clause that carries the theme, trimmed; for {@link Stance#MIXED} the strongest positive and the
 *     strongest negative clause, in the order they were written, joined by {@code " … "}
 * @param score net lexicon score of the clauses that carry the theme: above zero for praise, below for complaint,
 *     zero when the stance was inferred from the rest of the sentence or comment
 */
public record ThemeFinding(Theme theme, Stance stance, String evidence, double score) {

    public ThemeFinding {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(stance, "stance");
        if (evidence == null || evidence.isBlank()) {
            throw new IllegalArgumentException("a finding of " + theme.code() + " needs its evidence");
        }
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be finite: " + score);
        }
    }
}
