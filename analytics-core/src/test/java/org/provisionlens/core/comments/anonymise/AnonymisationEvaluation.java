package org.provisionlens.core.comments.anonymise;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Measures an {@link Anonymiser} on labelled comments. A marked identifier counts as found when a replacement
 * overlaps it and is of the same family (a child replaced as {@code NAME} is found); a replacement counts as correct
 * when it overlaps a marked identifier of its family. Type-agnostic recall counts any overlapping replacement.
 */
public final class AnonymisationEvaluation {

    private static final Set<EntityType> PEOPLE = Set.of(EntityType.CHILD, EntityType.NAME);

    private final Function<String, Anonymised> anonymiser;

    public AnonymisationEvaluation(Anonymiser anonymiser) {
        this(anonymiser::anonymise);
    }

    /** Measures any function from text to an anonymised comment (a test measures a stub that blanks every word). */
    public AnonymisationEvaluation(Function<String, Anonymised> anonymiser) {
        this.anonymiser = anonymiser;
    }

    public EvaluationReport evaluate(List<LabelledComment> comments) {
        Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            counts.put(type, new int[4]);
        }
        int[] people = new int[4];
        int marked = 0;
        int foundByAny = 0;
        int uncertain = 0;
        for (LabelledComment comment : comments) {
            Anonymised result = anonymiser.apply(comment.text());
            uncertain += result.uncertain() ? 1 : 0;
            for (LabelledComment.Entity entity : comment.entities()) {
                boolean sameFamily = false;
                boolean any = false;
                for (Replacement r : result.replacements()) {
                    if (r.start() < entity.end() && entity.start() < r.end()) {
                        any = true;
                        sameFamily |= r.type().family() == entity.type().family();
                    }
                }
                tally(counts.get(entity.type()), people, entity.type(), 0, 1, sameFamily ? 1 : 0);
                marked++;
                foundByAny += any ? 1 : 0;
            }
            for (Replacement r : result.replacements()) {
                boolean correct = false;
                for (LabelledComment.Entity entity : comment.entities()) {
                    correct |= r.start() < entity.end()
                            && entity.start() < r.end()
                            && r.type().family() == entity.type().family();
                }
                tally(counts.get(r.type()), people, r.type(), 2, 1, correct ? 1 : 0);
            }
        }
        List<TypeScores> perType = new ArrayList<>();
        counts.forEach((type, c) -> perType.add(new TypeScores(type.name(), c[0], c[1], c[2], c[3])));
        return new EvaluationReport(
                comments.size(),
                perType,
                new TypeScores("CHILD+NAME", people[0], people[1], people[2], people[3]),
                marked == 0 ? 1.0 : (double) foundByAny / marked,
                uncertain);
    }

    private static void tally(int[] typeCounts, int[] people, EntityType type, int at, int total, int hit) {
        typeCounts[at] += total;
        typeCounts[at + 1] += hit;
        if (PEOPLE.contains(type)) {
            people[at] += total;
            people[at + 1] += hit;
        }
    }
}
