package org.provisionlens.core.comments.anonymise;

import java.util.List;
import java.util.Objects;

/**
 * A comment with its identifiers replaced.
 *
 * @param text the anonymised text
 * @param replacements what was replaced, in text order, with offsets into the original
 * @param uncertain true when the comment must be held for a person to check before it is published
 * @param reasons why it is uncertain; empty when it is not
 */
public record Anonymised(
        String text, List<Replacement> replacements, boolean uncertain, List<UncertaintyReason> reasons) {

    public Anonymised {
        Objects.requireNonNull(text, "text");
        replacements = List.copyOf(replacements);
        reasons = List.copyOf(reasons);
        if (uncertain == reasons.isEmpty()) {
            throw new IllegalArgumentException("uncertain must be true exactly when there are reasons");
        }
    }
}
