package org.provisionlens.core.sufficiency;

import java.util.Arrays;

/**
 * The four ratings a cell can have, worst first, with the code the jobs publish (column {@code verdict}) and the name
 * the pages give it. Severity: insufficient 2, at risk 1, sufficient 0; no data -1, which cannot be compared.
 */
public enum VerdictCode {
    INSUFFICIENT("insufficient", "Insufficient", 2),
    AT_RISK("at_risk", "At risk", 1),
    SUFFICIENT("sufficient", "Sufficient", 0),
    NO_DATA("no_data", "No data", -1);

    private final String code;
    private final String label;
    private final int severity;

    VerdictCode(String code, String label, int severity) {
        this.code = code;
        this.label = label;
        this.severity = severity;
    }

    /** The rating of a published code; an unknown code is an error, never a guess. */
    public static VerdictCode of(String code) {
        return Arrays.stream(values())
                .filter(v -> v.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a verdict: " + code));
    }

    public static boolean isCode(String code) {
        return Arrays.stream(values()).anyMatch(v -> v.code.equals(code));
    }

    /** sufficient, at_risk, insufficient, no_data. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Higher is worse: sufficient 0, at risk 1, insufficient 2; no data -1 (not comparable). */
    public int severity() {
        return severity;
    }

    /** Whether two ratings can be put in order of severity: no data cannot. */
    public boolean comparable() {
        return severity >= 0;
    }
}
