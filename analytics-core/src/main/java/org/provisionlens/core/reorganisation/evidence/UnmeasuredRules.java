package org.provisionlens.core.reorganisation.evidence;

import java.util.List;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Finding;

/**
 * Specialist staff and accommodation: the platform holds no staffing or building data, so these factors say what the
 * panel should ask for, and never find anything on their own (only "no change" when the proposal changes nothing).
 */
final class UnmeasuredRules {

    static final String STAFF = "Access to specialist staff";
    static final String ACCOMMODATION = "Access to suitable accommodation";

    private UnmeasuredRules() {}

    static final FactorRule STAFF_RULE = rule(
            STAFF,
            "staffing",
            "the specialist staff (qualified teachers of the deaf or visually impaired, therapists, specialist"
                    + " teaching assistants, outreach) each affected child has now and would have, and how outreach"
                    + " would reach them");

    static final FactorRule ACCOMMODATION_RULE = rule(
            ACCOMMODATION,
            "building",
            "the condition, size and accessibility of the buildings the changed services would use, and what"
                    + " the accessibility strategy says about them");

    private static FactorRule rule(String name, String data, String askFor) {
        return new FactorRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Judgement judge(Baseline baseline, Impact impact) {
                if (impact.proposal().changes().isEmpty()) {
                    return new Judgement(
                            Finding.NO_CHANGE,
                            "The proposal changes no service, so nothing changes for the children using them.",
                            List.of("Changes in the proposal: 0"));
                }
                int affected = Outcomes.affected(impact);
                return new Judgement(
                        Finding.NOT_ENOUGH_EVIDENCE,
                        "The platform holds no " + data + " data: "
                                + (affected > 0 ? "for the " + Figures.children(affected) + " affected, " : "")
                                + "the panel should ask for " + askFor + ".",
                        List.of(
                                "Changes in the proposal: "
                                        + impact.proposal().changes().size(),
                                "Children using the changed services today: " + affected));
            }
        };
    }
}
