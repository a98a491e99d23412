package org.provisionlens.core.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.provisionlens.core.reorganisation.SmallBaselines.KM_PER_TENTH_DEGREE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.reorganisation.Impact.Outcome;

class ImpactModelTests {

    private static final double MILE = 1.609344;

    /**
     * West: LSOA A at 0, B at 0.1 degree east; East: LSOA C at 0.3. School X (ASD, 5-16, 10 places, 8 used, £20,000 a
     * place, Good) at 0; school Y (ASD and SLD, 5-16, 10 places, 6 used, £25,000, Requires improvement) at 0.3. X: 5
     * children aged 10 from A and 3 aged 12 from B; Y: 6 aged 12 from C. Transport: 25 miles at most, £2 a mile;
     * an independent place £60,000 a year.
     */
    static Baseline twoSchools() {
        return SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .lsoa("B", "W", "West", 1)
                .lsoa("C", "E", "East", 3)
                .specialSchool("X", Set.of(NeedCode.ASD), 5, 16, 10, 8, 0)
                .specialSchool("Y", Set.of(NeedCode.ASD, NeedCode.SLD), 5, 16, 10, 6, 3)
                .change("X", b -> b.costPerUnit(new BigDecimal("20000")).qualityRating("Good"))
                .change("Y", b -> b.costPerUnit(new BigDecimal("25000")).qualityRating("Requires improvement"))
                .children("A", NeedCode.ASD, 10, "X", 5)
                .children("B", NeedCode.ASD, 12, "X", 3)
                .children("C", NeedCode.ASD, 12, "Y", 6)
                .transport(25, "2.00")
                .independentPlace("60000")
                .comment("X", "c1", "X is a lifeline", "Staff (positive)", "Travel (positive)")
                .comment("X", "c3", "The staff at X know my son", "Staff (positive)")
                .comment("Y", "c2", "Y is far away")
                .build();
    }

    private static Proposal proposal(Change... changes) {
        return new Proposal("p", "P", null, LocalDate.of(2027, 9, 1), "E09999999", List.of(changes));
    }

    @Test
    void closingASchoolMovesTheNearestChildrenToTheRoomLeftAndPlacesTheRestOutOfArea() {
        Impact impact = ImpactModel.evaluate(twoSchools(), proposal(new Change.CloseService("X")), Scenario.CENTRAL);

        // Y has 10 - 6 = 4 places spare for the 8 from X. B is 0.2 degree from Y (22.24 km), A 0.3 (33.36 km): the
        // least total journey puts B's 3 and one from A in Y; 4 from A go out of area.
        assertThat(impact.affected()).hasSize(2);
        assertThat(impact.children(Outcome.MOVES)).isEqualTo(4);
        assertThat(impact.children(Outcome.OUT_OF_AREA)).isEqualTo(4);
        assertThat(impact.moves())
                .filteredOn(m -> m.outcome() == Outcome.MOVES)
                .extracting(Impact.Move::lsoaCode, Impact.Move::children)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("B", 3), org.assertj.core.groups.Tuple.tuple("A", 1));

        // before: 5 at 0 minutes, 3 at 11.12; median = 4th of 8 = 0; p90 = 8th (ceil 7.2) = 11.12
        double tenth = KM_PER_TENTH_DEGREE;
        assertThat(impact.travelBefore().children()).isEqualTo(8);
        assertThat(impact.travelBefore().medianMinutes()).isEqualTo(0.0);
        assertThat(impact.travelBefore().p90Minutes()).isCloseTo(tenth, within(1e-6));
        // after: 3 at 22.24, 1 at 33.36 (the 4 out of area have no known journey): median = 2nd = 22.24, p90 = 4th
        assertThat(impact.travelAfter().children()).isEqualTo(4);
        assertThat(impact.travelAfter().medianMinutes()).isCloseTo(2 * tenth, within(1e-6));
        assertThat(impact.travelAfter().p90Minutes()).isCloseTo(3 * tenth, within(1e-6));
        assertThat(impact.travelAfter().maxMinutes()).isCloseTo(3 * tenth, within(1e-6));
        // 3 tenths = 33.36 km = 20.73 miles: under 25
        assertThat(impact.travelAfter().overLimit()).isZero();

        // services: before 10 x 20,000 + 10 x 25,000 = 450,000; after 250,000
        Impact.Costs costs = impact.costs();
        assertThat(costs.servicesBefore()).isEqualByComparingTo("450000");
        assertThat(costs.servicesAfter()).isEqualByComparingTo("250000");
        // out of area: 4 x 60,000 = 240,000
        assertThat(costs.outOfAreaAfter()).isEqualByComparingTo("240000");
        // transport, the 4 who move: before 3 x 1 tenth (B to X) + 1 x 0 (A to X); after 3 x 2 tenths + 1 x 3
        // tenths; in miles x 380 journeys x £2
        double before = 3 * tenth / MILE * 380 * 2;
        double after = (3 * 2 * tenth + 3 * tenth) / MILE * 380 * 2;
        assertThat(costs.transportBefore()).isEqualByComparingTo(BigDecimal.valueOf(Math.round(before)));
        assertThat(costs.transportAfter()).isEqualByComparingTo(BigDecimal.valueOf(Math.round(after)));
        // saving = (450,000 - 250,000) + (0 - 240,000) + (15,753 - 47,260) = -71,507 a year
        long saving = 200_000 - 240_000 + Math.round(before) - Math.round(after);
        assertThat(saving).isEqualTo(-71_507);
        assertThat(costs.netSavingPerYear()).isEqualByComparingTo(BigDecimal.valueOf(saving));
        assertThat(costs.netSavingFiveYears()).isEqualByComparingTo(BigDecimal.valueOf(5 * saving));

        // range: West loses the ASD bands of X (ages 5-16: 5-10, 11-15, 16-19)
        Impact.LocalityRange west = impact.range().stream()
                .filter(r -> r.localityCode().equals("W"))
                .findFirst()
                .orElseThrow();
        assertThat(west.lost()).containsExactly("ASD 11-15", "ASD 16-19", "ASD 5-10");
        // quality: 10 good of 20 rated before; 0 of 10 after
        assertThat(impact.qualityBefore().share()).isEqualTo(0.5);
        assertThat(impact.qualityAfter().share()).isEqualTo(0.0);
        assertThat(impact.voices()).extracting(ServiceComment::commentId).containsExactly("c1", "c3");
        // by theme: staff 2 (c1, c3), travel 1 (c1)
        var voices = ImpactFrames.voices(impact);
        assertThat(voices.stringColumn("Theme").asList()).containsExactly("Staff (positive)", "Travel (positive)");
        assertThat(voices.intColumn("Comments").asList()).containsExactly(2, 1);
        assertThat(impact.caveats())
                .contains("Children placed out of area are costed at £60000 a place a year, the run's cost of a place"
                        + " in independent special schools (test).");
        // LA-wide specialist places: 20 before, 10 after
        assertThat(impact.cells())
                .filteredOn(c -> c.key().areaCode().equals("E09999999")
                        && c.key().need() == null
                        && c.key().ageBand() == null)
                .extracting(Impact.CellChange::capacityBefore, Impact.CellChange::capacityAfter)
                .contains(org.assertj.core.groups.Tuple.tuple(20, 10));
    }

    @Test
    void aProposalWithNoChangesHasNoImpact() {
        Baseline baseline = twoSchools();
        Impact impact = ImpactModel.evaluate(
                baseline, Proposal.doNothing("E09999999", LocalDate.of(2027, 9, 1)), Scenario.HIGH);
        assertThat(impact.affected()).isEmpty();
        assertThat(impact.moves()).isEmpty();
        assertThat(impact.cells()).isEmpty();
        assertThat(impact.costs().netSavingPerYear()).isEqualByComparingTo("0");
        assertThat(impact.range()).allSatisfy(r -> assertThat(r.before()).isEqualTo(r.after()));
    }

    @Test
    void aProposalForAnotherLaIsNotApplied() {
        Proposal elsewhere = new Proposal("p", "P", null, LocalDate.of(2027, 9, 1), "E08000009", List.of());
        assertThatThrownBy(() -> ImpactModel.evaluate(twoSchools(), elsewhere, Scenario.CENTRAL))
                .isInstanceOf(ProposalNotApplicable.class)
                .hasMessage("proposal p is for E08000009, not for Smallshire (E09999999)");
    }

    @Test
    void aChangeToAServiceTheRunDoesNotHaveSaysWhichChangeAndWhichService() {
        Proposal proposal = proposal(new Change.CloseService("X"), new Change.CloseService("S358-X"));
        assertThatThrownBy(() -> ImpactModel.evaluate(twoSchools(), proposal, Scenario.CENTRAL))
                .isInstanceOf(ProposalNotApplicable.class)
                .hasMessage("change 2 (Close S358-X): no service S358-X in the published run of Smallshire");
    }

    @Test
    void hoursAWeekCostFiftyTwoWeeksAYearAndACostChangeMovesNobody() {
        // H: 20 hours a week at £40 an hour = 20 x 40 x 52 = £41,600 a year; at £35: 20 x 35 x 52 = £36,400; the
        // saving is 41,600 - 36,400 = £5,200 a year, £26,000 over five years
        Baseline baseline = SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .therapy("H", Set.of(NeedCode.SLCN), 20, 10, 0)
                .change(
                        "H",
                        b -> b.capacityUnit(org.provisionlens.core.services.CapacityUnit.HOURS_PER_WEEK)
                                .costPerUnit(new BigDecimal("40")))
                .children("A", NeedCode.SLCN, 8, "H", 3)
                .build();
        Impact impact = ImpactModel.evaluate(
                baseline, proposal(new Change.ChangeUnitCost("H", new BigDecimal("35"))), Scenario.CENTRAL);
        assertThat(impact.costs().servicesBefore()).isEqualByComparingTo("41600");
        assertThat(impact.costs().servicesAfter()).isEqualByComparingTo("36400");
        assertThat(impact.costs().netSavingPerYear()).isEqualByComparingTo("5200");
        assertThat(impact.costs().netSavingFiveYears()).isEqualByComparingTo("26000");
        assertThat(impact.affected()).isEmpty();
        assertThat(impact.cells()).isEmpty();
    }
}
