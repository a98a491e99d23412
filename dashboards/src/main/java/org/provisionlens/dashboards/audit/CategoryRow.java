package org.provisionlens.dashboards.audit;

/**
 * One Schedule 2 category: the services covering it, how many of their listings are complete, and its score (0-100).
 * A score of 0 is missing (red), under 75 partial (orange), 75 or more good (green).
 */
record CategoryRow(String category, int paragraph, String label, int services, int complete, int score) {

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
}
