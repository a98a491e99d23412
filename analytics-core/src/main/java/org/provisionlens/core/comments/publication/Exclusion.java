package org.provisionlens.core.comments.publication;

/** Why a comment is left out of the published report (it is still counted, and kept for the council). */
public enum Exclusion {
    ABUSIVE("abusive"),
    INDIVIDUAL_COMPLAINT("a complaint about an individual");

    private final String description;

    Exclusion(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
