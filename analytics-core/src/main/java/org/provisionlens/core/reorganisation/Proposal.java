package org.provisionlens.core.reorganisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A reorganisation proposal: a named set of changes to a local authority's provision, taking effect on a date.
 *
 * @param id a short identifier (letters, digits and hyphens), unique within the LA
 * @param laCode the ONS code of the local authority whose published run it is evaluated against
 */
public record Proposal(
        String id, String name, String description, LocalDate effectiveDate, String laCode, List<Change> changes) {

    public Proposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(laCode, "laCode");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9-]{0,79}")) {
            throw new IllegalArgumentException(
                    "a proposal id is letters, digits and hyphens (at most 80), starting with a letter or digit: "
                            + id);
        }
        description = description == null ? "" : description;
        changes = List.copyOf(changes);
    }

    /** Doing nothing: the baseline every proposal is compared against. */
    public static Proposal doNothing(String laCode, LocalDate effectiveDate) {
        return new Proposal(
                "do-nothing",
                "Do nothing",
                "Keep provision as it is in the published review.",
                effectiveDate,
                laCode,
                List.of());
    }
}
