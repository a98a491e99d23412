package org.provisionlens.core.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.Service;

class ProposalApplierTests {

    private static Baseline baseline() {
        return SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .specialSchool("X", Set.of(NeedCode.ASD), 5, 11, 10, 8, 0)
                .specialSchool("Y", Set.of(NeedCode.SLD), 11, 16, 7, 6, 1)
                .therapy("T", Set.of(NeedCode.SLCN), 30, 20, 2)
                .change("Y", b -> b.costPerUnit(new BigDecimal("30000")))
                .change("T", b -> b.capacity(null).capacityUnit(null))
                .build();
    }

    private static AppliedProposal apply(Change... changes) {
        return ProposalApplier.apply(
                baseline(), new Proposal("p", "P", null, LocalDate.of(2027, 9, 1), "E09999999", List.of(changes)));
    }

    private static Service service(AppliedProposal applied, String id) {
        return applied.services().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aPercentageCutRoundsThePlacesDown() {
        // X: 10 x 0.8 = 8; Y: 7 x 0.75 = 5.25, rounded down to 5
        AppliedProposal applied =
                apply(new Change.ChangeCapacity("X", null, -20.0), new Change.ChangeCapacity("Y", null, -25.0));
        assertThat(service(applied, "X").capacity()).isEqualTo(8);
        assertThat(service(applied, "Y").capacity()).isEqualTo(5);
        assertThat(applied.changed()).containsExactlyInAnyOrder("X", "Y");
    }

    @Test
    void anIncreaseIsNotAChangeThatDisplacesAnyone() {
        AppliedProposal applied = apply(new Change.ChangeCapacity("X", 12, null));
        assertThat(service(applied, "X").capacity()).isEqualTo(12);
        assertThat(applied.changed()).isEmpty();
    }

    @Test
    void aPercentageOfAnUnknownCapacityIsAnError() {
        assertThatThrownBy(() -> apply(new Change.ChangeCapacity("T", null, -10.0)))
                .isInstanceOf(ProposalNotApplicable.class)
                .hasMessageStartingWith(
                        "change 1 (Cut T capacity by 10.0%): the published run gives no capacity for T");
    }

    @Test
    void aMergeKeepsTheSiteAndTakesTheSumTheUnionOfNeedsAndOfAges() {
        AppliedProposal applied = apply(new Change.MergeServices(List.of("X", "Y"), "X", "Hub", null));
        Service hub = service(applied, "X");
        // 10 + 7 places; ASD and SLD; 5-11 and 11-16 give 5-16; X's place and X's (unknown) cost, Y's then
        assertThat(hub.name()).isEqualTo("Hub");
        assertThat(hub.capacity()).isEqualTo(17);
        assertThat(hub.needs()).containsExactlyInAnyOrder(NeedCode.ASD, NeedCode.SLD);
        assertThat(hub.ages().from()).isEqualTo(5);
        assertThat(hub.ages().to()).isEqualTo(16);
        assertThat(hub.currentUse()).isEqualTo(14);
        assertThat(hub.costPerUnit()).isEqualByComparingTo("30000");
        assertThat(hub.locations().get(0).longitude()).isEqualTo(0.0);
        assertThat(applied.services()).extracting(Service::id).containsExactly("X", "T");
        assertThat(applied.mergedInto()).containsEntry("Y", "X");
        assertThat(applied.changed()).containsExactlyInAnyOrder("X", "Y");
    }

    @Test
    void aNewServiceIsLocalAtItsPointAndNotRated() {
        AppliedProposal applied = apply(SmallBaselines.openSchool("NEW", Set.of(NeedCode.ASD), 11, 16, 8, "21000", 5));
        Service base = service(applied, "NEW");
        assertThat(base.inArea()).isTrue();
        assertThat(base.qualityRating()).isNull();
        assertThat(base.currentUse()).isZero();
        assertThat(Suitability.place(base).longitude()).isEqualTo(0.5);
        assertThat(applied.changed()).isEmpty();
    }

    @Test
    void aNewServiceCannotTakeAnIdInUse() {
        assertThatThrownBy(() -> apply(SmallBaselines.openSchool("X", Set.of(NeedCode.ASD), 11, 16, 8, null, 5)))
                .isInstanceOf(ProposalNotApplicable.class)
                .hasMessageContaining("there is already a service X");
    }

    @Test
    void aServiceClosedByAnEarlierChangeCannotBeChangedAgain() {
        assertThatThrownBy(() -> apply(new Change.CloseService("X"), new Change.ChangeUnitCost("X", BigDecimal.ONE)))
                .isInstanceOf(ProposalNotApplicable.class)
                .hasMessage("change 2 (Change the unit cost of X to £1): no service X in the published run of"
                        + " Smallshire (an earlier change closed or merged it)");
    }

    @Test
    void eligibilityNeedsAndAgesTransportAndCostsChangeWhatTheySay() {
        AppliedProposal applied = apply(
                new Change.ChangeEligibility("T", Set.of(SupportLevel.EHC_PLAN), "EHC plans only"),
                new Change.ChangeNeedsOrAges("X", Set.of(NeedCode.ASD, NeedCode.SLCN), null, 13),
                new Change.ChangeTransportPolicy(12.0, new BigDecimal("1.50")),
                new Change.ChangeUnitCost("Y", new BigDecimal("28000")));
        assertThat(applied.takes("T", SupportLevel.SEN_SUPPORT)).isFalse();
        assertThat(applied.takes("T", SupportLevel.EHC_PLAN)).isTrue();
        assertThat(applied.takes("X", SupportLevel.SEN_SUPPORT)).isTrue();
        assertThat(service(applied, "T").eligibility()).isEqualTo("EHC plans only");
        assertThat(service(applied, "X").ages().from()).isEqualTo(5);
        assertThat(service(applied, "X").ages().to()).isEqualTo(13);
        assertThat(service(applied, "X").needs()).containsExactlyInAnyOrder(NeedCode.ASD, NeedCode.SLCN);
        assertThat(applied.transport().maxMiles()).isEqualTo(12.0);
        assertThat(applied.transport().costPerMile()).isEqualByComparingTo("1.50");
        assertThat(service(applied, "Y").costPerUnit()).isEqualByComparingTo("28000");
        // a cost is not a change to anyone's place
        assertThat(applied.changed()).containsExactlyInAnyOrder("T", "X");
        assertThat(applied.named()).containsExactlyInAnyOrder("T", "X", "Y");
    }
}
