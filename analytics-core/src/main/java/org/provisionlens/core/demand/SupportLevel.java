package org.provisionlens.core.demand;

import java.util.List;
import java.util.Optional;
import org.provisionlens.core.services.CodedValues;

/** SEN support (no plan) or an education, health and care plan. */
public enum SupportLevel {
    SEN_SUPPORT(List.of("k", "sen support", "support")),
    EHC_PLAN(List.of("e", "ehcp", "ehc", "education health and care plan", "statement"));

    private final List<String> synonyms;

    SupportLevel(List<String> synonyms) {
        this.synonyms = synonyms;
    }

    public static Optional<SupportLevel> parse(String value) {
        return CodedValues.parse(SupportLevel.class, value, level -> level.synonyms);
    }
}
