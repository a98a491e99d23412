package org.provisionlens.dashboards.audit;

/**
 * One Schedule 2 category: how many of its elements the offer shows, the listings that show them (and how many of those
 * give every required Open Referral UK field), and its score (0-100). A score of 0 is missing (red), under 75 partial
 * (orange), 75 or more good (green). {@code elements} and {@code elementsMet} are null in runs published before the
 * elements were checked (schema version 9).
 */
record CategoryRow(
        String category,
        int paragraph,
        String label,
        int services,
        int complete,
        int score,
        Integer elements,
        Integer elementsMet) {

    static final int GOOD = 75;

    public String tagText() {
        if (score == 0) {
            return "Missing";
        }
        return score < GOOD ? "Partial" : "Good";
    }

    public String tagClass() {
        if (score == 0) {
            return "govuk-tag govuk-tag--red";
        }
        return score < GOOD ? "govuk-tag govuk-tag--orange" : "govuk-tag govuk-tag--green";
    }

    /** The chart's category: "Paragraph 3". */
    public String paragraphText() {
        return "Paragraph " + paragraph;
    }

    /** "2 of 5", or "not checked" for a run before the elements. */
    public String elementsText() {
        return elements == null ? "not checked" : elementsMet + " of " + elements;
    }
}
