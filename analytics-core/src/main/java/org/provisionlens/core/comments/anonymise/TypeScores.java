package org.provisionlens.core.comments.anonymise;

/**
 * How well one type (or group of types) was found.
 *
 * @param label the type, or a group such as "CHILD+NAME"
 * @param entities marked identifiers of the type
 * @param found marked identifiers overlapped by a replacement of the same family
 * @param replacements replacements of the type
 * @param correct replacements of the type that overlap a marked identifier of the same family
 */
public record TypeScores(String label, int entities, int found, int replacements, int correct) {

    public TypeScores {
        if (found > entities || correct > replacements || found < 0 || correct < 0) {
            throw new IllegalArgumentException("inconsistent counts for " + label);
        }
    }

    /** Found over marked; 1 when nothing was marked. */
    public double recall() {
        return entities == 0 ? 1.0 : (double) found / entities;
    }

    /** Correct over replaced; 1 when nothing was replaced. */
    public double precision() {
        return replacements == 0 ? 1.0 : (double) correct / replacements;
    }

    /** F-beta with beta 2: recall weighs four times as much as precision, as a missed identifier costs more. */
    public double f2() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 5 * p * r / (4 * p + r);
    }
}
