package org.provisionlens.core.sufficiency;

/** A cell's rating, with the one plain-English sentence of why. "No data" is a verdict of its own, never sufficient. */
public sealed interface Verdict permits Verdict.Sufficient, Verdict.AtRisk, Verdict.Insufficient, Verdict.NoData {

    String reason();

    /** The rating's code: sufficient, at_risk, insufficient, no_data. */
    String code();

    /** Higher is worse: sufficient 0, at risk 1, insufficient 2; no data -1 (not comparable). */
    int severity();

    record Sufficient(String reason) implements Verdict {
        public String code() {
            return "sufficient";
        }

        public int severity() {
            return 0;
        }
    }

    record AtRisk(String reason) implements Verdict {
        public String code() {
            return "at_risk";
        }

        public int severity() {
            return 1;
        }
    }

    record Insufficient(String reason) implements Verdict {
        public String code() {
            return "insufficient";
        }

        public int severity() {
            return 2;
        }
    }

    record NoData(String reason) implements Verdict {
        public String code() {
            return "no_data";
        }

        public int severity() {
            return -1;
        }
    }
}
