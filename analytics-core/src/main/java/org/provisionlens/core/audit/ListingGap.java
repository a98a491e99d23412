package org.provisionlens.core.audit;

/** What a single listing lacks. */
public enum ListingGap {
    NO_ELIGIBILITY("no eligibility criteria"),
    NO_CONTACT("no contact (email, phone or website)"),
    NO_LOCATION("no location"),
    NO_AGE_RANGE("no age range"),
    NO_NEED_TYPES("no need types"),
    NOT_REVIEWED("not reviewed in the last 12 months");

    private final String description;

    ListingGap(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
