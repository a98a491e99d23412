package org.provisionlens.core.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.reorganisation.Impact.Outcome;
import org.provisionlens.core.services.AgeRange;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.core.services.Tier;

/**
 * Who takes up the places a proposal adds, on small baselines worked out by hand (see {@link SmallBaselines}: 0.1
 * degree = 11.11951 km = 11.11951 minutes = 6.90934 road miles).
 */
class ImpactUptakeTests {

    private static final double TENTH = SmallBaselines.KM_PER_TENTH_DEGREE;

    private static Proposal proposal(Change... changes) {
        return new Proposal("p", "P", null, LocalDate.of(2027, 9, 1), "E09999999", List.of(changes));
    }

    private static Change.OpenService base(int places) {
        return SmallBaselines.openSchool("N", Set.of(NeedCode.ASD), 11, 16, places, "14000", 1);
    }

    @Test
    void aNewBaseIsTakenUpByTheWaitingChildrenWithinTheLimitAndNotByOneBeyondIt() {
        // N opens at 0.1 with 20 places. Waiting for a specialist place: 2 in A (at 0: 6.91 miles from N) and 1 in B
        // (at 0.3: 0.2 degree = 13.82 miles from N, over the 10-mile limit): the 2 take places, the 1 stays waiting
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .lsoa("B", "E", "East", 3)
                .waiting("A", NeedCode.ASD, 12, "mainstream", 2)
                .waiting("B", NeedCode.ASD, 12, "mainstream", 1)
                .transport(10, null)
                .build();
        Impact impact = ImpactModel.evaluate(baseline, proposal(base(20)), Scenario.CENTRAL);

        assertThat(impact.moves())
                .extracting(
                        Impact.Move::outcome,
                        Impact.Move::fromServiceId,
                        Impact.Move::toServiceId,
                        Impact.Move::children)
                .containsExactly(tuple(Outcome.TAKES_NEW_PLACE, null, "N", 2));
        Impact.Move move = impact.moves().get(0);
        assertThat(move.minutesBefore()).isNull(); // a waiting child has no journey before
        assertThat(move.minutesAfter()).isCloseTo(TENTH, within(1e-9));
        assertThat(move.milesAfter()).isCloseTo(6.90934, within(1e-5));
        assertThat(impact.affected())
                .extracting(Impact.Affected::serviceId, Impact.Affected::setting, Impact.Affected::children)
                .containsExactly(tuple("N", "Waiting for a place", 2));
        // nobody is displaced: the journeys of children who must move are empty before and after
        assertThat(impact.travelBefore().children()).isZero();
        assertThat(impact.travelAfter().children()).isZero();
        ProposalComparison.Row row = ProposalComparison.Row.of(impact);
        assertThat(row.tookNewPlaces()).isEqualTo(2);
        assertThat(row.returnedFromOutOfArea()).isZero();

        // widen the limit to 15 miles: the child in B (13.82 miles) takes a place too
        Impact wider = ImpactModel.evaluate(
                baseline, proposal(base(20), new Change.ChangeTransportPolicy(15.0, null)), Scenario.CENTRAL);
        assertThat(wider.children(Outcome.TAKES_NEW_PLACE)).isEqualTo(3);
    }

    @Test
    void theWaitingChildrenPlacedInTheNewBaseAreNoLongerWaitingInTheCellsAfter() {
        // 2 waiting in A take 2 of N's 20 places: the ASD 11-15 cell of West keeps its demand of 2 and gains N's 20
        // places (capacity 0 to 20)
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .waiting("A", NeedCode.ASD, 12, "mainstream", 2)
                .build();
        Impact impact = ImpactModel.evaluate(baseline, proposal(base(20)), Scenario.CENTRAL);
        assertThat(impact.cells())
                .filteredOn(c -> c.key().label().startsWith("ASD") && c.capacityAfter() != null)
                .extracting(Impact.CellChange::demandBefore, Impact.CellChange::demandAfter)
                .contains(tuple(2.0, 2.0));
    }

    @Test
    void theCellsReassessedAfterUptakeAgreeWithTheWholeMatrix() {
        // the 2 waiting in mainstream leave the mainstream cells' demand when they take N's places: the partial
        // matrices the model works out (only the domains and tiers touched) must agree with the whole ones
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .service(ServiceBuilder.service("M", "Mainstream M")
                        .domain(Domain.EDUCATION)
                        .tier(Tier.UNIVERSAL)
                        .capacity(100)
                        .capacityUnit(CapacityUnit.PLACES)
                        .currentUse(90)
                        .inArea(true)
                        .locations(List.of(new ServiceLocation("M", null, null, 0.0, 0.0)))
                        .build())
                .children("A", NeedCode.ASD, 12, "mainstream", 3)
                .waiting("A", NeedCode.ASD, 12, "mainstream", 2)
                .build();
        Proposal proposal = proposal(base(20));
        Prepared prepared = Prepared.of(baseline);
        AppliedProposal applied = ProposalApplier.apply(baseline, proposal);
        Displacement displacement = Displacement.of(baseline, applied, prepared, 1.0);
        Uptake uptake = Uptake.of(baseline, applied, prepared, displacement, 1.0);
        assertThat(uptake.children(Outcome.TAKES_NEW_PLACE)).isEqualTo(2);
        AfterState after = AfterState.of(prepared, applied, displacement, uptake, null);
        var growth = new org.provisionlens.core.sufficiency.SufficiencyCells.Growth(1.0, null);
        var wholeBefore = org.provisionlens.core.sufficiency.SufficiencyCells.assess(
                baseline.area(), baseline.demand(), baseline.services(), growth, baseline.settings());
        var wholeAfter = org.provisionlens.core.sufficiency.SufficiencyCells.assess(
                baseline.area(), after.demand, after.services, growth, baseline.settings());
        List<Impact.CellChange> partial = CellsAfter.compare(prepared, applied, after, Scenario.CENTRAL, 1.0);
        assertThat(partial).containsExactlyInAnyOrderElementsOf(CellComparison.compare(wholeBefore, wholeAfter));
        // and a mainstream cell is among those that change (demand 5 to 3)
        assertThat(partial)
                .anyMatch(c -> c.key().label().contains("universal") && c.demandBefore() == 5 && c.demandAfter() == 3);
    }

    @Test
    void aChildInAnOutOfAreaPlacementComesBackAndTheSavingCountsTheirPlace() {
        // I, an independent school out of area at 0.5 (34.5467 road miles from A), has 1 child from A. N opens at 0.1
        // with 5 places at 14,000 pounds; an out-of-area place costs 50,000 pounds; transport 2 pounds a mile, 380
        // journeys a year.
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .service(ServiceBuilder.service("I", "Independent I")
                        .domain(Domain.EDUCATION)
                        .tier(Tier.SPECIALIST)
                        .needs(Set.of(NeedCode.ASD))
                        .ages(new AgeRange(5, 18))
                        .capacity(10)
                        .capacityUnit(CapacityUnit.PLACES)
                        .currentUse(1)
                        .inArea(false)
                        .locations(List.of(new ServiceLocation("I", null, null, 0.0, 0.5)))
                        .build())
                .children("A", NeedCode.ASD, 12, "I", 1)
                .independentPlace("50000")
                .transport(20, "2")
                .build();
        Impact impact = ImpactModel.evaluate(baseline, proposal(base(5)), Scenario.CENTRAL);

        assertThat(impact.moves())
                .extracting(
                        Impact.Move::outcome,
                        Impact.Move::fromServiceId,
                        Impact.Move::toServiceId,
                        Impact.Move::children)
                .containsExactly(tuple(Outcome.RETURNS_TO_LOCAL, "I", "N", 1));
        assertThat(impact.moves().get(0).minutesBefore()).isCloseTo(5 * TENTH, within(1e-9));
        Impact.Costs costs = impact.costs();
        // services: none local with a cost before; N's 5 x 14,000 = 70,000 after
        assertThat(costs.servicesAfter()).isEqualByComparingTo("70000");
        // out of area: 1 place fewer x 50,000
        assertThat(costs.outOfAreaAfter()).isEqualByComparingTo("-50000");
        // transport: 34.5467 miles x 380 x 2 = 26,255 before; 6.90934 x 380 x 2 = 5,251 after
        assertThat(costs.transportBefore()).isEqualByComparingTo("26255");
        assertThat(costs.transportAfter()).isEqualByComparingTo("5251");
        // saving: (0 - 70,000) + (0 - -50,000) + (26,255 - 5,251) = 1,004
        assertThat(costs.netSavingPerYear()).isEqualByComparingTo("1004");
        assertThat(impact.caveats()).anyMatch(c -> c.startsWith("Children placed out of area are costed at £50000"));
    }

    @Test
    void aChildWaitingWhilePlacedOutOfAreaTakesANewPlaceAndNoLongerCostsAnOutOfAreaPlace() {
        // 1 child from A is in I (out of area) and waiting: first step, a new place at N; out of area after:
        // 1 place fewer x 50,000 = -50,000; N costs 1 x 14,000; no cost per mile: saving 50,000 - 14,000 = 36,000
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .service(ServiceBuilder.service("I", "Independent I")
                        .domain(Domain.EDUCATION)
                        .tier(Tier.SPECIALIST)
                        .capacity(10)
                        .capacityUnit(CapacityUnit.PLACES)
                        .inArea(false)
                        .build())
                .waiting("A", NeedCode.ASD, 12, "I", 1)
                .independentPlace("50000")
                .build();
        Impact impact = ImpactModel.evaluate(baseline, proposal(base(1)), Scenario.CENTRAL);
        assertThat(impact.moves())
                .extracting(Impact.Move::outcome, Impact.Move::fromServiceId, Impact.Move::children)
                .containsExactly(tuple(Outcome.TAKES_NEW_PLACE, "I", 1));
        assertThat(impact.costs().outOfAreaAfter()).isEqualByComparingTo("-50000");
        assertThat(impact.costs().netSavingPerYear()).isEqualByComparingTo("36000");
    }

    @Test
    void waitingChildrenComeFirstAndTheOutOfAreaChildTakesWhatIsLeft() {
        // N has 2 places; 2 wait in A and 1 is out of area at I: the 2 waiting take both, the 1 stays out of area
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .service(ServiceBuilder.service("I", "Independent I")
                        .domain(Domain.EDUCATION)
                        .tier(Tier.SPECIALIST)
                        .needs(Set.of(NeedCode.ASD))
                        .capacity(10)
                        .capacityUnit(CapacityUnit.PLACES)
                        .inArea(false)
                        .build())
                .children("A", NeedCode.ASD, 12, "I", 1)
                .waiting("A", NeedCode.ASD, 12, "mainstream", 2)
                .build();
        Impact impact = ImpactModel.evaluate(baseline, proposal(base(2)), Scenario.CENTRAL);
        assertThat(impact.children(Outcome.TAKES_NEW_PLACE)).isEqualTo(2);
        assertThat(impact.children(Outcome.RETURNS_TO_LOCAL)).isZero();
    }

    @Test
    void nobodyTakesUpPlacesForANeedOrAgeTheyDoNotHave() {
        // N takes ASD 11-16: a waiting SLCN child of 12 and a waiting ASD child of 8 are not placed there
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .waiting("A", NeedCode.SLCN, 12, "mainstream", 1)
                .waiting("A", NeedCode.ASD, 8, "mainstream", 1)
                .build();
        Impact impact = ImpactModel.evaluate(baseline, proposal(base(20)), Scenario.CENTRAL);
        assertThat(impact.moves()).isEmpty();
        assertThat(impact.affected()).isEmpty();
        // only the new base's cost changes: 20 x 14,000 = 280,000 more a year
        assertThat(impact.costs().netSavingPerYear()).isEqualByComparingTo(new BigDecimal("-280000"));
    }

    @Test
    void addedCaseloadIsTakenByThoseOnTheWaitingList() {
        // T (caseload 5, 5 in use) grows to 8: 3 more; 4 children are on its waiting list in A: 3 take the places
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .therapy("T", Set.of(NeedCode.SLCN), 5, 5, 1)
                .change("T", b -> b.waitingList(4))
                .children("A", NeedCode.SLCN, 9, "T", 5)
                .waiting("A", NeedCode.SLCN, 9, "T", 4)
                .build();
        Impact impact =
                ImpactModel.evaluate(baseline, proposal(new Change.ChangeCapacity("T", 8, null)), Scenario.CENTRAL);
        assertThat(impact.moves())
                .extracting(
                        Impact.Move::outcome,
                        Impact.Move::fromServiceId,
                        Impact.Move::toServiceId,
                        Impact.Move::children)
                .containsExactly(tuple(Outcome.TAKES_NEW_PLACE, "T", "T", 3));
    }
}
