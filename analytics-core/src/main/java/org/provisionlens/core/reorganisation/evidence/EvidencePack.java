package org.provisionlens.core.reorganisation.evidence;

import java.util.List;
import java.util.Map;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.Scenario;

/**
 * The evidence pack of one proposal: a finding per factor of the SEN improvement test, with its reason and evidence,
 * and the caveats.
 */
public record EvidencePack(
        Proposal proposal,
        String laName,
        long runId,
        List<Factor> factors,
        List<String> caveats,
        Map<Scenario, Impact> impacts) {

    public EvidencePack {
        factors = List.copyOf(factors);
        caveats = List.copyOf(caveats);
        impacts = Map.copyOf(impacts);
    }

    /** What the evidence says about one factor. */
    public enum Finding {
        IMPROVES("Improves"),
        NO_CHANGE("No change"),
        WORSENS("Worsens"),
        NOT_ENOUGH_EVIDENCE("Not enough evidence");

        private final String label;

        Finding(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One factor: its finding, the reason in a sentence, and the evidence (figures) behind it. */
    public record Factor(String name, Finding finding, String reason, List<String> evidence) {
        public Factor {
            evidence = List.copyOf(evidence);
        }
    }

    /** Builds the pack from the proposal's impacts under each scenario. */
    public static EvidencePack of(Baseline baseline, Map<Scenario, Impact> impacts) {
        throw new UnsupportedOperationException("in progress (issue 10)");
    }
}
