package org.provisionlens.core.services;

import java.util.List;
import java.util.Optional;

/** Who pays for a service. ICBs replaced CCGs in July 2022; "CCG" and "NHS" read as ICB. */
public enum Funder {
    LA(List.of("local authority", "council")),
    ICB(List.of("ccg", "nhs", "integrated care board")),
    JOINT(List.of("la and icb", "joint funded", "jointly funded", "pooled budget")),
    SCHOOL(List.of("schools", "school budget")),
    OTHER(List.of("charity", "private", "self funded"));

    private final List<String> synonyms;

    Funder(List<String> synonyms) {
        this.synonyms = synonyms;
    }

    public static Optional<Funder> parse(String value) {
        return CodedValues.parse(Funder.class, value, funder -> funder.synonyms);
    }
}
