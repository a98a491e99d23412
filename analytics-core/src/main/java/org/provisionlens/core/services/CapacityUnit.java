package org.provisionlens.core.services;

import java.util.List;
import java.util.Optional;

/** What a service's capacity counts. */
public enum CapacityUnit {
    PLACES(List.of("place", "seats", "beds")),
    CASELOAD(List.of("cases", "case load", "children")),
    HOURS_PER_WEEK(List.of("hours", "hours a week", "hours/week", "hrs per week", "hpw"));

    private final List<String> synonyms;

    CapacityUnit(List<String> synonyms) {
        this.synonyms = synonyms;
    }

    public static Optional<CapacityUnit> parse(String value) {
        return CodedValues.parse(CapacityUnit.class, value, unit -> unit.synonyms);
    }
}
