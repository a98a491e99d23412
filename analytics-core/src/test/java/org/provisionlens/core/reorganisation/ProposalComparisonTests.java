package org.provisionlens.core.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.provision.NeedCode;
import tech.tablesaw.api.Table;

class ProposalComparisonTests {

    private static final LocalDate SEPTEMBER = LocalDate.of(2027, 9, 1);

    private static final Proposal CLOSE_X =
            new Proposal("close-x", "Close X", null, SEPTEMBER, "E09999999", List.of(new Change.CloseService("X")));

    // a new ASD base for 11-16 in East (at 0.3 degree), 8 places at £21,000
    private static final Proposal OPEN_BASE = new Proposal(
            "open-base",
            "Open a base",
            null,
            SEPTEMBER,
            "E09999999",
            List.of(SmallBaselines.openSchool("NEW", Set.of(NeedCode.ASD), 11, 16, 8, "21000", 0.3)));

    @Test
    void comparesEachProposalUnderEachScenarioWithDoingNothingFirst() {
        ProposalComparison comparison =
                ProposalComparison.of(ImpactModelTests.twoSchools(), List.of(CLOSE_X, OPEN_BASE));
        // do nothing, close X, open a base: 3 x 3 scenarios
        assertThat(comparison.rows()).hasSize(9);
        assertThat(comparison.rows())
                .extracting(ProposalComparison.Row::proposalId)
                .startsWith("do-nothing", "do-nothing", "do-nothing");
        ProposalComparison.Row nothing = comparison.rows().get(0);
        assertThat(nothing.affected()).isZero();
        assertThat(nothing.cellsWorse()).isZero();
        assertThat(nothing.netSavingPerYear()).isEqualByComparingTo("0");

        // close X (see ImpactModelTests): 8 affected, 4 move, 4 out of area, -71,507 a year, 3 range labels lost
        ProposalComparison.Row close = row(comparison, "close-x");
        assertThat(close.affected()).isEqualTo(8);
        assertThat(close.moved()).isEqualTo(4);
        assertThat(close.outOfArea()).isEqualTo(4);
        assertThat(close.netSavingPerYear()).isEqualByComparingTo("-71507");
        assertThat(close.rangeLost()).isEqualTo(3);
        assertThat(close.qualityShareAfter()).isEqualTo(0.0);

        // open: nobody moves; costs 8 x 21,000 = 168,000 more; the base is at 0.03 degree, nearest LSOA A (West),
        // where X already serves ASD 11-15 and 16-19: no need and age band is gained
        ProposalComparison.Row open = row(comparison, "open-base");
        assertThat(open.affected()).isZero();
        assertThat(open.netSavingPerYear()).isEqualByComparingTo("-168000");
        assertThat(open.rangeGained()).isZero();
        // quality: the new base is not rated, so the share of rated places stays 10 of 20
        assertThat(open.qualityShareAfter()).isEqualTo(0.5);
    }

    @Test
    void framesHoldTheSameFigures() {
        Impact impact = ImpactModel.evaluate(ImpactModelTests.twoSchools(), CLOSE_X, Scenario.CENTRAL);
        Table costs = ImpactFrames.costs(impact);
        assertThat(costs.rowCount()).isEqualTo(3);
        assertThat(costs.doubleColumn("Before (£ a year)").get(0)).isEqualTo(450_000.0);
        assertThat(costs.doubleColumn("After (£ a year)").get(1)).isEqualTo(240_000.0);
        assertThat(ImpactFrames.cells(impact).rowCount())
                .isEqualTo(impact.cells().size());
        Table moves = ImpactFrames.moves(impact);
        assertThat(moves.intColumn("Children").sum()).isEqualTo(8.0);
        // out of area: no journey after, a missing value (not zero)
        assertThat(moves.doubleColumn("Minutes after").countMissing()).isEqualTo(1);
        // affected: X's 5 aged 10 from A and 3 aged 12 from B, both West, ASD, plans: two age bands
        Table affected = ImpactFrames.affected(impact);
        assertThat(affected.rowCount()).isEqualTo(2);
        assertThat(affected.stringColumn("Age band").asList()).containsExactly("11-15", "5-10");
        assertThat(affected.intColumn("Children").asList()).containsExactly(3, 5);
        assertThat(affected.stringColumn("Setting").asList()).containsOnly("Special school");
        Table travel = ImpactFrames.travel(impact);
        assertThat(travel.intColumn("Children with a known journey").asList()).containsExactly(8, 4);
        Table quality = ImpactFrames.quality(impact);
        assertThat(quality.doubleColumn("Share good or outstanding").asList()).containsExactly(0.5, 0.0);
        Table range = ImpactFrames.range(impact);
        assertThat(range.stringColumn("Lost").asList()).contains("ASD 11-15, ASD 16-19, ASD 5-10");
        Table compared =
                ImpactFrames.comparison(ProposalComparison.of(ImpactModelTests.twoSchools(), List.of(CLOSE_X)));
        assertThat(compared.rowCount()).isEqualTo(6);
        assertThat(compared.doubleColumn("Net saving a year (£)").get(4)).isEqualTo(-71_507.0);
    }

    private static ProposalComparison.Row row(ProposalComparison comparison, String id) {
        return comparison.rows().stream()
                .filter(r -> r.proposalId().equals(id) && r.scenario() == Scenario.CENTRAL)
                .findFirst()
                .orElseThrow();
    }
}
