package org.provisionlens.core.services;

import java.util.List;
import java.util.Optional;

/** The part of the offer a service belongs to. */
public enum Domain {
    EDUCATION(List.of("education and training", "send education")),
    HEALTH(List.of("health care", "healthcare", "nhs")),
    SOCIAL_CARE(List.of("social care", "care", "children's social care")),
    PREPARATION_FOR_ADULTHOOD(List.of("pfa", "adulthood", "preparing for adulthood", "preparation for adult life"));

    private final List<String> synonyms;

    Domain(List<String> synonyms) {
        this.synonyms = synonyms;
    }

    public static Optional<Domain> parse(String value) {
        return CodedValues.parse(Domain.class, value, domain -> domain.synonyms);
    }
}
