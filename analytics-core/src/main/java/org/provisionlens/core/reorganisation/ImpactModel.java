package org.provisionlens.core.reorganisation;

import java.util.EnumMap;
import java.util.Map;

/** Evaluates a proposal against a published run. */
public final class ImpactModel {

    private ImpactModel() {}

    /** The proposal's impact under one demand scenario. */
    public static Impact evaluate(Baseline baseline, Proposal proposal, Scenario scenario) {
        throw new UnsupportedOperationException("in progress (issue 10)");
    }

    /** The proposal's impact under the low, central and high scenarios. */
    public static Map<Scenario, Impact> evaluate(Baseline baseline, Proposal proposal) {
        Map<Scenario, Impact> impacts = new EnumMap<>(Scenario.class);
        for (Scenario scenario : Scenario.values()) {
            impacts.put(scenario, evaluate(baseline, proposal, scenario));
        }
        return impacts;
    }
}
