package org.provisionlens.core.sufficiency;

/** A cell's rating, with the one plain-English sentence of why. "No data" is a verdict of its own, never sufficient. */
public sealed interface Verdict permits Verdict.Sufficient, Verdict.AtRisk, Verdict.Insufficient, Verdict.NoData {

    String reason();

    /** The rating, without its reason. */
    VerdictCode verdictCode();

    /** The rating's code: sufficient, at_risk, insufficient, no_data. */
    default String code() {
        return verdictCode().code();
    }

    /** Higher is worse: sufficient 0, at risk 1, insufficient 2; no data -1 (not comparable). */
    default int severity() {
        return verdictCode().severity();
    }

    record Sufficient(String reason) implements Verdict {
        public VerdictCode verdictCode() {
            return VerdictCode.SUFFICIENT;
        }
    }

    record AtRisk(String reason) implements Verdict {
        public VerdictCode verdictCode() {
            return VerdictCode.AT_RISK;
        }
    }

    record Insufficient(String reason) implements Verdict {
        public VerdictCode verdictCode() {
            return VerdictCode.INSUFFICIENT;
        }
    }

    record NoData(String reason) implements Verdict {
        public VerdictCode verdictCode() {
            return VerdictCode.NO_DATA;
        }
    }
}
