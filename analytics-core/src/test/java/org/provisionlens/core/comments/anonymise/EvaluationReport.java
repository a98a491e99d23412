package org.provisionlens.core.comments.anonymise;

import java.util.List;
import java.util.Locale;

/**
 * The anonymiser measured on a labelled set.
 *
 * @param perType one line per entity type, in {@link EntityType} order
 * @param people children and other people together (family recall)
 * @param anyTypeRecall marked identifiers overlapped by any replacement at all, over all marked
 * @param uncertain comments the anonymiser held for review
 */
public record EvaluationReport(
        int comments, List<TypeScores> perType, TypeScores people, double anyTypeRecall, int uncertain) {

    public EvaluationReport {
        perType = List.copyOf(perType);
    }

    public TypeScores scores(EntityType type) {
        return perType.stream()
                .filter(s -> s.label().equals(type.name()))
                .findFirst()
                .orElseThrow();
    }

    /** A plain-text table of the figures. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%-14s %8s %6s %9s %8s %7s %9s %6s%n",
                "type",
                "entities",
                "found",
                "replaced",
                "correct",
                "recall",
                "precision",
                "F2"));
        for (TypeScores s : perType) {
            line(out, s);
        }
        line(out, people);
        out.append(String.format(
                Locale.ROOT,
                "comments %d, entities %d, type-agnostic recall %.3f, held for review %d%n",
                comments,
                perType.stream().mapToInt(TypeScores::entities).sum(),
                anyTypeRecall,
                uncertain));
        return out.toString();
    }

    private static void line(StringBuilder out, TypeScores s) {
        out.append(String.format(
                Locale.ROOT,
                "%-14s %8d %6d %9d %8d %7.3f %9.3f %6.3f%n",
                s.label(),
                s.entities(),
                s.found(),
                s.replacements(),
                s.correct(),
                s.recall(),
                s.precision(),
                s.f2()));
    }
}
