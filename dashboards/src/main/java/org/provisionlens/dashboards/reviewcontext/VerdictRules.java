package org.provisionlens.dashboards.reviewcontext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules a run's verdicts followed, in words, with their thresholds and where each came from.
 *
 * @param thresholds empty for a run published before runs recorded their thresholds
 */
public record VerdictRules(List<Threshold> thresholds) {

    /** One line of the rules: what it says, and "manifest" or "default". */
    public record Rule(String id, String text, String source) {}

    public VerdictRules {
        thresholds = List.copyOf(thresholds);
    }

    public boolean recorded() {
        return !thresholds.isEmpty();
    }

    /** The rules in the order a verdict applies them (those whose threshold the run recorded). */
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        find("insufficientTravelAccess")
                .ifPresent(t -> rules.add(new Rule(
                        "rule-access",
                        "Insufficient when demand now exceeds capacity, or less than "
                                + percent(t.value().multiply(BigDecimal.valueOf(100)))
                                + " of the demand is within reach",
                        source(t))));
        find("horizonYears")
                .ifPresent(t -> rules.add(new Rule(
                        "rule-horizon",
                        "At risk when the forecast for " + years(t.value()) + " ahead exceeds capacity",
                        source(t))));
        find("atRiskOccupancyPercent")
                .ifPresent(t -> rules.add(new Rule(
                        "rule-occupancy",
                        "At risk when the cell is " + percent(t.value()) + " full or more",
                        source(t))));
        find("atRiskWaitingWeeks")
                .ifPresent(t -> rules.add(
                        new Rule("rule-waits", "At risk when waits exceed " + plain(t.value()) + " weeks", source(t))));
        return List.copyOf(rules);
    }

    /** "from the manifest", "defaults" or "from the manifest, the others defaults". */
    public String sourceText() {
        long given = thresholds.stream().filter(Threshold::fromManifest).count();
        if (given == 0) {
            return "the defaults (the manifest gives no thresholds)";
        }
        if (given == thresholds.size()) {
            return "from the manifest";
        }
        return "partly from the manifest, the others defaults";
    }

    /** One sentence for a cell's page, beside its verdict. */
    public String summary() {
        return String.join("; ", rules().stream().map(Rule::text).toList()) + " (thresholds " + sourceText() + ").";
    }

    private static String source(Threshold threshold) {
        return threshold.fromManifest() ? "manifest" : "default";
    }

    private Optional<Threshold> find(String name) {
        return thresholds.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static String percent(BigDecimal value) {
        return plain(value) + "%";
    }

    private static String years(BigDecimal value) {
        return plain(value) + (value.compareTo(BigDecimal.ONE) == 0 ? " year" : " years");
    }

    private static String plain(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
