package org.provisionlens.core.comments;

import java.util.List;
import java.util.Optional;
import org.provisionlens.core.services.CodedValues;

/** Who wrote a comment. */
public enum RespondentType {
    CHILD(List.of("children")),
    YOUNG_PERSON(List.of("young people", "yp")),
    PARENT_CARER(List.of("parent", "carer", "parent carer", "parent or carer", "family")),
    PROFESSIONAL(List.of("practitioner", "staff", "teacher", "senco")),
    OTHER(List.of("unknown", "prefer not to say"));

    private final List<String> synonyms;

    RespondentType(List<String> synonyms) {
        this.synonyms = synonyms;
    }

    public static Optional<RespondentType> parse(String value) {
        return CodedValues.parse(RespondentType.class, value, type -> type.synonyms);
    }
}
