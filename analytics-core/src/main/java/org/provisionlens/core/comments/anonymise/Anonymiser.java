package org.provisionlens.core.comments.anonymise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Replaces the identifiers in a comment with typed, numbered placeholders ({@code [CHILD 1]}, {@code [PHONE 1]}), the
 * same identifier getting the same placeholder throughout the comment. Stateless and safe to share between threads;
 * the word lists and patterns are built once. See the package documentation for the rules.
 */
public final class Anonymiser {

    /** Which detection wins when two overlap: the more certain shape first, then the longer span. */
    private static final List<EntityType> PRIORITY = List.of(
            EntityType.EMAIL,
            EntityType.URL,
            EntityType.HANDLE,
            EntityType.NHS_NUMBER,
            EntityType.NI_NUMBER,
            EntityType.CASE_REF,
            EntityType.DATE_OF_BIRTH,
            EntityType.POSTCODE,
            EntityType.PHONE,
            EntityType.ADDRESS,
            EntityType.SCHOOL,
            EntityType.AGE,
            EntityType.CHILD,
            EntityType.NAME);

    private final StructuredDetector structured = new StructuredDetector();
    private final DateAgeDetector datesAndAges = new DateAgeDetector();
    private final AddressDetector addresses = new AddressDetector();
    private final PersonDetector persons = new PersonDetector();
    private final SchoolDetector schools = new SchoolDetector();

    public Anonymised anonymise(String text) {
        Objects.requireNonNull(text, "text");
        List<Span> spans = new ArrayList<>();
        Set<UncertaintyReason> doubts = EnumSet.noneOf(UncertaintyReason.class);
        structured.detect(text, spans, doubts);
        datesAndAges.detect(text, spans);
        addresses.detect(text, spans);
        List<Span> people = new ArrayList<>();
        persons.detect(text, people, doubts);
        spans.addAll(people);
        schools.detect(text, people, spans);
        List<Span> chosen = unifyPeople(resolve(spans));

        StringBuilder out = new StringBuilder(text.length());
        List<Replacement> replacements = new ArrayList<>(chosen.size());
        Map<EntityType, Map<String, Integer>> numbers = new EnumMap<>(EntityType.class);
        int position = 0;
        for (Span span : chosen) {
            Map<String, Integer> ofType = numbers.computeIfAbsent(span.type(), t -> new HashMap<>());
            int number = ofType.computeIfAbsent(span.key(), k -> ofType.size() + 1);
            String placeholder = span.type().placeholder(number);
            out.append(text, position, span.start()).append(placeholder);
            position = span.end();
            replacements.add(new Replacement(span.type(), span.start(), span.end(), placeholder));
        }
        out.append(text, position, text.length());
        String anonymised = out.toString();
        UncertaintyCheck.check(anonymised, doubts);
        return new Anonymised(anonymised, replacements, !doubts.isEmpty(), List.copyOf(doubts));
    }

    /** Keeps the best of overlapping spans, in text order. */
    private static List<Span> resolve(List<Span> spans) {
        List<Span> ranked = new ArrayList<>(spans);
        ranked.sort(Comparator.comparingInt((Span s) -> PRIORITY.indexOf(s.type()))
                .thenComparing(Comparator.comparingInt(Span::length).reversed())
                .thenComparingInt(Span::start));
        List<Span> chosen = new ArrayList<>();
        for (Span span : ranked) {
            boolean free = true;
            for (Span kept : chosen) {
                if (kept.overlaps(span.start(), span.end())) {
                    free = false;
                    break;
                }
            }
            if (free) {
                chosen.add(span);
            }
        }
        chosen.sort(Comparator.comparingInt(Span::start));
        return chosen;
    }

    /** A person named once as a child is a child everywhere in the comment. */
    private static List<Span> unifyPeople(List<Span> spans) {
        Set<String> children = new java.util.HashSet<>();
        for (Span span : spans) {
            if (span.type() == EntityType.CHILD) {
                children.add(span.key());
            }
        }
        List<Span> unified = new ArrayList<>(spans.size());
        for (Span span : spans) {
            boolean child = span.type() == EntityType.NAME && children.contains(span.key());
            unified.add(child ? new Span(EntityType.CHILD, span.start(), span.end(), span.key()) : span);
        }
        return unified;
    }
}
