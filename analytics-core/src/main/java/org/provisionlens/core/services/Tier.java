package org.provisionlens.core.services;

import java.util.List;
import java.util.Optional;

/** The Code of Practice's tiers (paragraph 4.31). */
public enum Tier {
    /** Available to all children and young people: schools, GPs, libraries. */
    UNIVERSAL(List.of("universal services")),
    /** Short-term support for some: groups, early help, short courses. */
    TARGETED(List.of("targeted services", "additional")),
    /** Long-term support for children with complex needs: therapies, special schools, CAMHS. */
    SPECIALIST(List.of("specialist services", "specialised", "complex"));

    private final List<String> synonyms;

    Tier(List<String> synonyms) {
        this.synonyms = synonyms;
    }

    public static Optional<Tier> parse(String value) {
        return CodedValues.parse(Tier.class, value, tier -> tier.synonyms);
    }
}
