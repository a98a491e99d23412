package org.provisionlens.core.reorganisation.evidence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.Change;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.Scenario;

/**
 * The evidence pack of one proposal: a finding per factor of the SEN improvement test, with its reason and evidence,
 * and the caveats.
 *
 * @param changes the proposal's changes in sentences, naming the services (not only their ids)
 */
public record EvidencePack(
        Proposal proposal,
        String laName,
        long runId,
        List<Factor> factors,
        List<String> caveats,
        Map<Scenario, Impact> impacts,
        List<String> changes) {

    /** Said first, in every form of the pack. */
    public static final String STATEMENT = "This pack gives the evidence the platform holds, factor by factor, and what"
            + " it suggests. It does not decide: the panel decides whether the proposal is likely to improve the"
            + " standard, quality or range of provision (Code of Practice 4.19), weighing this evidence with the"
            + " rest.";

    /** The factors in the order the pack takes them. */
    static final List<FactorRule> RULES = List.of(
            ChildrenRules.ACCESS_RULE,
            UnmeasuredRules.STAFF_RULE,
            UnmeasuredRules.ACCOMMODATION_RULE,
            PlacesRules.SUPPLY_RULE,
            new TravelRule(),
            ChildrenRules.TRANSITION_RULE,
            new ViewsRule(),
            PlacesRules.OTHERS_RULE,
            ProvisionRules.RANGE_RULE,
            ProvisionRules.QUALITY_RULE);

    public EvidencePack {
        factors = List.copyOf(factors);
        caveats = List.copyOf(caveats);
        impacts = Map.copyOf(impacts);
        changes = changes == null
                ? proposal.changes().stream().map(Change::describe).toList()
                : List.copyOf(changes);
    }

    /** With the changes described by service id. */
    public EvidencePack(
            Proposal proposal,
            String laName,
            long runId,
            List<Factor> factors,
            List<String> caveats,
            Map<Scenario, Impact> impacts) {
        this(proposal, laName, runId, factors, caveats, impacts, null);
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

    /**
     * One factor: its finding (under the central forecast), the reason in a sentence, the evidence (figures) behind
     * it, and its finding under each scenario evaluated.
     */
    public record Factor(
            String name, Finding finding, String reason, List<String> evidence, Map<Scenario, Finding> byScenario) {
        public Factor {
            evidence = List.copyOf(evidence);
            byScenario = byScenario == null ? Map.of() : Map.copyOf(byScenario);
        }

        public Factor(String name, Finding finding, String reason, List<String> evidence) {
            this(name, finding, reason, evidence, Map.of());
        }

        /** Whether another scenario's forecast would give another finding. */
        public boolean uncertain() {
            return byScenario.values().stream().anyMatch(other -> other != finding);
        }
    }

    /**
     * Builds the pack from the proposal's impacts under each scenario. Findings are those of the central forecast; a
     * factor whose finding differs under the low or high forecast says so in its reason.
     *
     * @param impacts the central impact at least, and the low and high ones when evaluated
     */
    public static EvidencePack of(Baseline baseline, Map<Scenario, Impact> impacts) {
        Objects.requireNonNull(baseline, "baseline");
        Impact central = impacts.get(Scenario.CENTRAL);
        if (central == null) {
            throw new IllegalArgumentException("an evidence pack needs the impact under the central forecast");
        }
        List<Factor> factors = new ArrayList<>();
        for (FactorRule rule : RULES) {
            Map<Scenario, Finding> byScenario = new EnumMap<>(Scenario.class);
            Map<Scenario, Judgement> judged = new EnumMap<>(Scenario.class);
            for (Map.Entry<Scenario, Impact> impact : impacts.entrySet()) {
                Judgement judgement = rule.judge(baseline, impact.getValue());
                judged.put(impact.getKey(), judgement);
                byScenario.put(impact.getKey(), judgement.finding());
            }
            Judgement centralJudgement = judged.get(Scenario.CENTRAL);
            StringBuilder reason = new StringBuilder(centralJudgement.reason());
            List<String> evidence = new ArrayList<>(centralJudgement.evidence());
            judged.forEach((scenario, judgement) -> {
                if (judgement.finding() != centralJudgement.finding()) {
                    reason.append(" Under the ")
                            .append(scenario.name().toLowerCase(java.util.Locale.ROOT))
                            .append(" forecast the finding would be \"")
                            .append(judgement.finding().label().toLowerCase(java.util.Locale.ROOT))
                            .append("\".");
                    evidence.add(scenario.label() + ": " + judgement.reason());
                }
            });
            factors.add(new Factor(rule.name(), centralJudgement.finding(), reason.toString(), evidence, byScenario));
        }
        return new EvidencePack(
                central.proposal(),
                baseline.area().laName(),
                baseline.runId(),
                factors,
                Caveats.of(baseline, impacts),
                impacts,
                ServiceNames.describe(central.proposal(), baseline.services()));
    }
}
