package org.provisionlens.dashboards.comments;

/**
 * A consultation period: a calendar year of {@code received_on}, or all comments ({@code year == null}) when the
 * comments carry no dates.
 */
record Period(Integer year) {

    static final String ALL = "all";

    static Period all() {
        return new Period(null);
    }

    /** "2025" or "all"; anything else is refused. */
    static Period parse(String text) {
        if (text == null || text.isBlank() || ALL.equalsIgnoreCase(text.trim())) {
            return all();
        }
        String trimmed = text.trim();
        if (!trimmed.matches("\\d{4}")) {
            throw new IllegalArgumentException("period must be a year such as 2025, or all: " + text);
        }
        return new Period(Integer.valueOf(trimmed));
    }

    /** What comment_response.period holds. */
    public String code() {
        return year == null ? ALL : year.toString();
    }

    public String label() {
        return year == null ? "all comments" : year.toString();
    }

    /** The year before, or none for "all". */
    public Period previous() {
        return year == null ? null : new Period(year - 1);
    }
}
