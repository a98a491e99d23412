package org.provisionlens.core.reorganisation.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.factor;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.ImpactModel;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.SmallBaselines;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Finding;

/** The pack of a proposal that adds places, over what the impact model gives. */
class EvidencePackOfUptakeTests {

    private static final Proposal OPEN_BASE = new Proposal(
            "p",
            "P",
            null,
            LocalDate.of(2027, 9, 1),
            "E09999999",
            List.of(SmallBaselines.openSchool("N", Set.of(NeedCode.ASD), 11, 16, 20, "14000", 1)));

    @Test
    void waitingChildrenTakingUpANewBaseImproveSupplyAndTheirJourneysAreShownApart() {
        // 2 wait in A (at 0) for a specialist place; N opens at 0.1 (11.1 minutes, 6.9 miles) with 20 places
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .waiting("A", NeedCode.ASD, 12, "mainstream", 2)
                .build();
        EvidencePack pack = EvidencePack.of(baseline, ImpactModel.evaluate(baseline, OPEN_BASE));

        EvidencePack.Factor supply = factor(pack, PlacesRules.SUPPLY);
        assertThat(supply.finding()).isEqualTo(Finding.IMPROVES);
        assertThat(supply.reason()).contains("2 children waiting for a place get one of the places the proposal adds");
        assertThat(supply.evidence())
                .contains("Children waiting for a place who take up one the proposal adds (Central forecast, 2029): 2");

        // nobody must move: the waiting children's journeys are new, shown apart, not compared with a before
        EvidencePack.Factor travel = factor(pack, TravelRule.NAME);
        assertThat(travel.finding()).isEqualTo(Finding.NO_CHANGE);
        assertThat(travel.evidence())
                .anyMatch(line -> line.startsWith("Journeys of the 2 children waiting who take up a new place"
                        + " (Central forecast) (no journey before): median 11.1 minutes"));
        // they are not among the children using the changed services, but access says who takes up the places
        assertThat(factor(pack, ChildrenRules.ACCESS).evidence())
                .contains("Children using the changed services today: 0");
        assertThat(factor(pack, ChildrenRules.ACCESS).reason())
                .startsWith("No child loses or changes provision, and 2 children waiting and 0 from out-of-area"
                        + " placements would take up the places the proposal adds");
    }

    @Test
    void aNewBaseNobodyWaitsForChangesNoSupplyFinding() {
        // the only waiting child has SLCN: N (ASD) adds places nobody takes up, and no verdict is better or worse
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .waiting("A", NeedCode.SLCN, 12, "mainstream", 1)
                .build();
        EvidencePack pack = EvidencePack.of(baseline, ImpactModel.evaluate(baseline, OPEN_BASE));
        assertThat(factor(pack, PlacesRules.SUPPLY).evidence())
                .contains("Children waiting for a place who take up one the proposal adds (Central forecast, 2029): 0");
        assertThat(factor(pack, PlacesRules.SUPPLY).reason()).doesNotContain("waiting for a place get");
    }
}
