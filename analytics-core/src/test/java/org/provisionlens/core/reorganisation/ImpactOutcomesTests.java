package org.provisionlens.core.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.reorganisation.Impact.Outcome;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;

/** Where the affected children go, case by case, on small baselines worked out by hand. */
class ImpactOutcomesTests {

    private static Proposal proposal(Change... changes) {
        return new Proposal("p", "P", null, LocalDate.of(2027, 9, 1), "E09999999", List.of(changes));
    }

    @Test
    void aSchoolBeyondTheTravelLimitIsNoAlternativeEvenWithRoomSoTheChildrenGoOutOfArea() {
        // X at 0 closes; Y at 0.2 degree (22.24 km = 13.82 road miles) has 10 places free, but the policy's limit is
        // 10 miles: the 3 from A (at 0) cannot go there
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .specialSchool("X", Set.of(NeedCode.ASD), 5, 16, 5, 3, 0)
                .specialSchool("Y", Set.of(NeedCode.ASD), 5, 16, 10, 0, 2)
                .children("A", NeedCode.ASD, 9, "X", 3)
                .transport(10, null)
                .build();
        Impact impact = ImpactModel.evaluate(baseline, proposal(new Change.CloseService("X")), Scenario.CENTRAL);
        assertThat(impact.moves())
                .extracting(Impact.Move::outcome, Impact.Move::children)
                .containsExactly(tuple(Outcome.OUT_OF_AREA, 3));
        // no cost of a place was given: the out-of-area cost is not known and the saving leaves it out
        assertThat(impact.costs().outOfAreaAfter()).isNull();
        assertThat(impact.costs().leftOut()).anyMatch(s -> s.startsWith("out-of-area placements: no data"));

        // widen the limit to 15 miles in the same proposal: they move to Y
        Impact wider = ImpactModel.evaluate(
                baseline,
                proposal(new Change.CloseService("X"), new Change.ChangeTransportPolicy(15.0, null)),
                Scenario.CENTRAL);
        assertThat(wider.moves())
                .extracting(Impact.Move::outcome, Impact.Move::toServiceId, Impact.Move::children)
                .containsExactly(tuple(Outcome.MOVES, "Y", 3));
    }

    @Test
    void aClosureThatFitsTodayMayNotFitAtTheHorizon() {
        // X (4 children) closes; Y has 10 places and 6 users. Today: 4 free, all 4 move.
        // High (x 1.5): the 4 become 6, Y's 6 users become 9, leaving 1 place: 1 moves, 5 out of area.
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .specialSchool("X", Set.of(NeedCode.ASD), 5, 16, 5, 4, 0)
                .specialSchool("Y", Set.of(NeedCode.ASD), 5, 16, 10, 6, 1)
                .children("A", NeedCode.ASD, 9, "X", 4)
                .growth(1.0, 1.25, 1.5)
                .build();
        var impacts = ImpactModel.evaluate(baseline, proposal(new Change.CloseService("X")));
        assertThat(impacts.get(Scenario.LOW).children(Outcome.MOVES)).isEqualTo(4);
        // central (x 1.25): 4 -> 5; Y's users 6 -> 7.5, rounded 8: 2 free; 2 move, 3 out of area
        assertThat(impacts.get(Scenario.CENTRAL).children(Outcome.MOVES)).isEqualTo(2);
        assertThat(impacts.get(Scenario.CENTRAL).children(Outcome.OUT_OF_AREA)).isEqualTo(3);
        assertThat(impacts.get(Scenario.HIGH).children(Outcome.MOVES)).isEqualTo(1);
        assertThat(impacts.get(Scenario.HIGH).children(Outcome.OUT_OF_AREA)).isEqualTo(5);
        // who is affected is counted today under every scenario
        assertThat(impacts.get(Scenario.HIGH).affected())
                .extracting(Impact.Affected::children)
                .containsExactly(4);
    }

    @Test
    void aCutTherapyKeepsWhomItCanMovesOneToRoomElsewhereAndLeavesTheRestWaiting() {
        // T1 (caseload 10, 8 in use, all 8 in the records) is cut by 50% to 5; T2 has 10 and 9 in use.
        // 5 stay in T1, 1 moves to T2, 2 are unmet (a therapy is not a placement)
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .therapy("T1", Set.of(NeedCode.SLCN), 10, 8, 0)
                .therapy("T2", Set.of(NeedCode.SLCN), 10, 9, 1)
                .children("A", NeedCode.SLCN, 7, SupportLevel.SEN_SUPPORT, "T1", 8)
                .build();
        Impact impact = ImpactModel.evaluate(
                baseline, proposal(new Change.ChangeCapacity("T1", null, -50.0)), Scenario.CENTRAL);
        assertThat(impact.children(Outcome.STAYS)).isEqualTo(5);
        assertThat(impact.children(Outcome.MOVES)).isEqualTo(1);
        assertThat(impact.children(Outcome.UNMET)).isEqualTo(2);
        // the LA's targeted health cell: referrals (in use + waiting) 8 + 9 = 17 before; after 5 in use + 2 waiting
        // in T1 and 10 in use in T2 = 17; caseload 20 before, 15 after
        Impact.CellChange la = laCell(impact, Domain.HEALTH, Tier.TARGETED);
        assertThat(la.demandBefore()).isEqualTo(17.0);
        assertThat(la.demandAfter()).isEqualTo(17.0);
        assertThat(la.capacityBefore()).isEqualTo(20);
        assertThat(la.capacityAfter()).isEqualTo(15);
        assertThat(la.after().severity()).isGreaterThan(la.before().severity());
    }

    @Test
    void closingATherapyKeepsItsUnmetReferralsInTheCells() {
        // T1 (4 in use, all in the records) closes and T2 is full: 4 unmet, still counted as referrals (waiting)
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .therapy("T1", Set.of(NeedCode.SLCN), 5, 4, 0)
                .therapy("T2", Set.of(NeedCode.SLCN), 10, 10, 1)
                .children("A", NeedCode.SLCN, 7, SupportLevel.SEN_SUPPORT, "T1", 4)
                .build();
        Impact impact = ImpactModel.evaluate(baseline, proposal(new Change.CloseService("T1")), Scenario.CENTRAL);
        assertThat(impact.children(Outcome.UNMET)).isEqualTo(4);
        Impact.CellChange la = laCell(impact, Domain.HEALTH, Tier.TARGETED);
        // referrals 4 + 10 = 14 before and after; caseload 15 before, 10 after
        assertThat(la.demandBefore()).isEqualTo(14.0);
        assertThat(la.demandAfter()).isEqualTo(14.0);
        assertThat(la.capacityAfter()).isEqualTo(10);
    }

    @Test
    void closingATherapyKeepsTheReferralsOfUsersNotInTheRecords() {
        // T1: caseload 10, 7 in use, 3 of them in the records; T2 is full (10 of 10). Closing T1: the 3 are unmet;
        // the 4 not in the records are not reallocated but still need the service. Referrals: before 7 + 10 = 17;
        // after T1 kept with no capacity and 3 + 4 = 7 waiting, T2 10 in use: 17; caseload 20 before, 10 after
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .therapy("T1", Set.of(NeedCode.SLCN), 10, 7, 0)
                .therapy("T2", Set.of(NeedCode.SLCN), 10, 10, 1)
                .children("A", NeedCode.SLCN, 7, SupportLevel.SEN_SUPPORT, "T1", 3)
                .build();
        Impact impact = ImpactModel.evaluate(baseline, proposal(new Change.CloseService("T1")), Scenario.CENTRAL);
        assertThat(impact.children(Outcome.UNMET)).isEqualTo(3);
        assertThat(impact.affected()).extracting(Impact.Affected::setting).containsOnly("Health service (targeted)");
        Impact.CellChange la = laCell(impact, Domain.HEALTH, Tier.TARGETED);
        assertThat(la.demandBefore()).isEqualTo(17.0);
        assertThat(la.demandAfter()).isEqualTo(17.0);
        assertThat(la.capacityBefore()).isEqualTo(20);
        assertThat(la.capacityAfter()).isEqualTo(10);
        assertThat(impact.caveats())
                .contains("4 of the 7 using Therapy T1 (its listing's current use) are not in the child records, so"
                        + " they are not reallocated: they are counted as waiting for it in the cells after.");
    }

    @Test
    void aCutMovesWhoeverMovesLeastFarAndCountsJourneysOverTheLimit() {
        // X (at 0) is cut from 5 places to 4: its 2 children from A (at 0) and 3 from C (at 0.3 degree = 33.36 km =
        // 20.73 road miles) cannot all stay. Y, at C, has room. Staying costs nothing, so 4 stay and 1 moves: the one
        // whose move is shortest, from C to Y (0 km: cost 1, against 33.36 + 1 for one from A).
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .lsoa("C", "E", "East", 3)
                .specialSchool("X", Set.of(NeedCode.ASD), 5, 16, 5, 5, 0)
                .specialSchool("Y", Set.of(NeedCode.ASD), 5, 16, 10, 0, 3)
                .children("A", NeedCode.ASD, 9, "X", 2)
                .children("C", NeedCode.ASD, 9, "X", 3)
                .transport(15, null)
                .build();
        Impact impact =
                ImpactModel.evaluate(baseline, proposal(new Change.ChangeCapacity("X", 4, null)), Scenario.CENTRAL);
        assertThat(impact.moves())
                .extracting(Impact.Move::lsoaCode, Impact.Move::toServiceId, Impact.Move::children)
                .containsExactlyInAnyOrder(tuple("A", "X", 2), tuple("C", "X", 2), tuple("C", "Y", 1));
        double far = 3 * SmallBaselines.KM_PER_TENTH_DEGREE;
        // before: 0, 0, 33.36, 33.36, 33.36: median (3rd of 5) 33.36; 3 over 15 miles
        assertThat(impact.travelBefore().medianMinutes()).isCloseTo(far, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(impact.travelBefore().overLimit()).isEqualTo(3);
        // after: 0, 0, 0 (the one who moved to Y), 33.36, 33.36: median 0; the 2 who stay are still over the limit
        assertThat(impact.travelAfter().medianMinutes()).isEqualTo(0.0);
        assertThat(impact.travelAfter().overLimit()).isEqualTo(2);
    }

    private static Impact.CellChange laCell(Impact impact, Domain domain, Tier tier) {
        return impact.cells().stream()
                .filter(c -> c.key().areaCode().equals("E09999999")
                        && c.key().need() == null
                        && c.key().ageBand() == null
                        && c.key().domain() == domain
                        && c.key().tier() == tier)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void childrenWithNoHomeAreaStayIfTheyCanAndAreCountedApartIfNot() {
        // X closes: 2 children with no LSOA cannot be routed; Y's 2 with no LSOA stay when Y is cut from 5 to 3
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .specialSchool("X", Set.of(NeedCode.ASD), 5, 16, 5, 2, 0)
                .specialSchool("Y", Set.of(NeedCode.ASD), 5, 16, 5, 2, 1)
                .children(null, NeedCode.ASD, 9, "X", 2)
                .children(null, NeedCode.ASD, 9, "Y", 2)
                .build();
        Impact impact = ImpactModel.evaluate(
                baseline,
                proposal(new Change.CloseService("X"), new Change.ChangeCapacity("Y", 3, null)),
                Scenario.CENTRAL);
        assertThat(impact.children(Outcome.NOT_ROUTABLE)).isEqualTo(2);
        assertThat(impact.children(Outcome.STAYS)).isEqualTo(2);
        assertThat(impact.caveats()).anyMatch(c -> c.startsWith("2 affected children have no home area"));
        // 2 + 2 affected = 2 stay + 2 not routable: nobody is dropped
        assertThat(impact.affected().stream()
                        .mapToInt(Impact.Affected::children)
                        .sum())
                .isEqualTo(4);
    }

    @Test
    void mergedChildrenMoveToTheSiteTheyMergeInto() {
        // Y (at 0.1 degree) merges into X (at 0): Y's 3 children from B (at 0.1) now travel 0.1 degree = 11.12 km;
        // X's 2 from A stay. The merged school has 5 + 5 places
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .lsoa("B", "W", "West", 1)
                .specialSchool("X", Set.of(NeedCode.ASD), 5, 16, 5, 2, 0)
                .specialSchool("Y", Set.of(NeedCode.ASD), 5, 16, 5, 3, 1)
                .children("A", NeedCode.ASD, 9, "X", 2)
                .children("B", NeedCode.ASD, 9, "Y", 3)
                .build();
        Impact impact = ImpactModel.evaluate(
                baseline, proposal(new Change.MergeServices(List.of("X", "Y"), "X", null, null)), Scenario.CENTRAL);
        assertThat(impact.moves())
                .extracting(Impact.Move::fromServiceId, Impact.Move::toServiceId, Impact.Move::outcome)
                .containsExactlyInAnyOrder(tuple("X", "X", Outcome.STAYS), tuple("Y", "X", Outcome.MOVES));
        assertThat(impact.travelBefore().maxMinutes()).isEqualTo(0.0);
        assertThat(impact.travelAfter().maxMinutes())
                .isCloseTo(SmallBaselines.KM_PER_TENTH_DEGREE, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void aTighterEligibilityMovesThoseItNoLongerTakes() {
        // T1 takes EHC plans only after the change: its 3 on SEN support move to T2 (room for 5); its 2 with plans stay
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .therapy("T1", Set.of(NeedCode.SLCN), 10, 5, 0)
                .therapy("T2", Set.of(NeedCode.SLCN), 10, 5, 1)
                .children("A", NeedCode.SLCN, 7, SupportLevel.SEN_SUPPORT, "T1", 3)
                .children("A", NeedCode.SLCN, 7, SupportLevel.EHC_PLAN, "T1", 2)
                .build();
        Impact impact = ImpactModel.evaluate(
                baseline,
                proposal(new Change.ChangeEligibility("T1", Set.of(SupportLevel.EHC_PLAN), null)),
                Scenario.CENTRAL);
        assertThat(impact.moves())
                .extracting(Impact.Move::toServiceId, Impact.Move::outcome, Impact.Move::children)
                .containsExactlyInAnyOrder(tuple("T2", Outcome.MOVES, 3), tuple("T1", Outcome.STAYS, 2));
    }
}
