package org.provisionlens.dashboards.review;

import java.util.Arrays;

/**
 * The verdicts a cell can have, worst first, with what the pages show for each: a GOV.UK colour and, so that colour
 * is never the only cue, a text mark (and a hatch for no data). Severity: insufficient 2, at risk 1, sufficient 0; no
 * data cannot be compared.
 */
enum VerdictCode {
    INSUFFICIENT("insufficient", "Insufficient", 2, "✗", "red"),
    AT_RISK("at_risk", "At risk", 1, "!", "orange"),
    SUFFICIENT("sufficient", "Sufficient", 0, "✓", "green"),
    NO_DATA("no_data", "No data", -1, "?", "grey");

    private final String code;
    private final String label;
    private final int severity;
    private final String mark;
    private final String colour;

    VerdictCode(String code, String label, int severity, String mark, String colour) {
        this.code = code;
        this.label = label;
        this.severity = severity;
        this.mark = mark;
        this.colour = colour;
    }

    static VerdictCode of(String code) {
        return Arrays.stream(values())
                .filter(v -> v.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a verdict: " + code));
    }

    static boolean isCode(String code) {
        return Arrays.stream(values()).anyMatch(v -> v.code.equals(code));
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public int severity() {
        return severity;
    }

    public String mark() {
        return mark;
    }

    public boolean comparable() {
        return severity >= 0;
    }

    /** The heat map cell's class: {@code pl-heat--at-risk}. */
    public String cssClass() {
        return "pl-heat--" + code.replace('_', '-');
    }

    public String tagClass() {
        return "govuk-tag govuk-tag--" + colour;
    }
}
