package org.provisionlens.core.reorganisation.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.cell;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.change;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.factor;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.impact;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.move;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.pack;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.reorganisation.Impact.Outcome;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Factor;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Finding;
import org.provisionlens.core.sufficiency.AgeBand;
import org.provisionlens.core.sufficiency.VerdictCode;

class PlacesFindingsTests {

    @Test
    void supplyWorsensWhenACellGetsWorse() {
        EvidenceFixtures.Builder impact = impact();
        impact.cells.add(
                change(cell(NeedCode.ASD, AgeBand.AGE_11_15, "Sale"), VerdictCode.SUFFICIENT, VerdictCode.AT_RISK));
        impact.cells.add(
                change(cell(NeedCode.SLD, AgeBand.AGE_5_10, "Sale"), VerdictCode.AT_RISK, VerdictCode.AT_RISK));

        Factor supply = factor(pack(impact.build()), PlacesRules.SUPPLY);

        assertThat(supply.finding()).isEqualTo(Finding.WORSENS);
        // one of the two cells changes: sufficient (0) to at risk (1); demand 10 to 11, capacity 12 to 8
        assertThat(supply.reason())
                .startsWith("1 cell gets worse (for example ASD, 11-15, Sale: sufficient to at risk (demand 10 to 11,"
                        + " capacity 12 to 8)) by 2029.");
        assertThat(supply.evidence()).contains("Cells whose verdict gets worse (Central forecast, 2029): 1");
    }

    @Test
    void supplyListsTheMostSpecificCellsFirstAndCountsTheRest() {
        EvidenceFixtures.Builder impact = impact();
        impact.cells.add(change(cell(null, null, "Sale"), VerdictCode.SUFFICIENT, VerdictCode.AT_RISK));
        for (int i = 0; i < 10; i++) {
            impact.cells.add(change(
                    cell(NeedCode.ASD, AgeBand.AGE_11_15, "Locality " + i),
                    VerdictCode.SUFFICIENT,
                    VerdictCode.AT_RISK));
        }
        impact.cells.add(change(
                cell(NeedCode.SLD, AgeBand.AGE_5_10, "Altrincham"), VerdictCode.SUFFICIENT, VerdictCode.INSUFFICIENT));

        Factor supply = factor(pack(impact.build()), PlacesRules.SUPPLY);

        // 12 cells change: the one of a need and age band that changes most (SLD, 5-10: 0 to 2) first; the all-needs,
        // all-ages cell last, beyond the 10 listed
        List<String> cells = supply.evidence().subList(8, supply.evidence().size());
        assertThat(cells.get(0)).startsWith("SLD, 5-10, Altrincham: sufficient to insufficient");
        assertThat(cells).hasSize(11).last().isEqualTo("And 2 more cells whose verdict changes");
        assertThat(supply.reason()).startsWith("12 cells get worse (for example SLD, 5-10, Altrincham:");
    }

    @Test
    void supplyWorsensWhenChildrenOverflowOutOfAreaThoughNoCellChanges() {
        EvidenceFixtures.Builder impact = impact().affected(5);
        impact.moves.add(move(Outcome.OUT_OF_AREA, 16, 2));
        impact.moves.add(move(Outcome.MOVES, 16, 3));

        Factor supply = factor(pack(impact.build()), PlacesRules.SUPPLY);

        assertThat(supply.finding()).isEqualTo(Finding.WORSENS);
        assertThat(supply.reason())
                .isEqualTo("2 children must be placed out of area or in independent provision by 2029.");
    }

    @Test
    void supplyImprovesWhenCellsGetBetterAndNoneWorseAndEveryoneHasALocalPlace() {
        EvidenceFixtures.Builder impact = impact();
        impact.cells.add(change(
                cell(NeedCode.ASD, AgeBand.AGE_11_15, "Sale"), VerdictCode.INSUFFICIENT, VerdictCode.SUFFICIENT));
        impact.moves.add(move(Outcome.MOVES, 12, 4));

        Factor supply = factor(pack(impact.build()), PlacesRules.SUPPLY);

        assertThat(supply.finding()).isEqualTo(Finding.IMPROVES);
        assertThat(supply.reason()).startsWith("1 cell gets better (for example ASD, 11-15, Sale: insufficient to");
    }

    @Test
    void supplyIsNotEnoughEvidenceWhenChildrenMustLeaveWithNoKnownHomeAreaEvenIfCellsGetBetter() {
        EvidenceFixtures.Builder impact = impact().affected(4);
        impact.cells.add(
                change(cell(NeedCode.ASD, AgeBand.AGE_11_15, "Sale"), VerdictCode.AT_RISK, VerdictCode.SUFFICIENT));
        impact.moves.add(move(Outcome.MOVES, 12, 3));
        impact.moves.add(move(Outcome.NOT_ROUTABLE, 12, 1));

        Factor supply = factor(pack(impact.build()), PlacesRules.SUPPLY);

        assertThat(supply.finding()).isEqualTo(Finding.NOT_ENOUGH_EVIDENCE);
        assertThat(supply.reason())
                .isEqualTo("No cell gets worse, but 1 child must leave and have no known home area, so whether a"
                        + " place within reach fits them is not known.");
    }

    @Test
    void supplyHasNoChangeWhenNoVerdictChangesAndNotEnoughEvidenceWhenOnlyNoDataChanges() {
        EvidenceFixtures.Builder same = impact();
        same.cells.add(change(cell(NeedCode.ASD, AgeBand.AGE_11_15, "Sale"), VerdictCode.AT_RISK, VerdictCode.AT_RISK));
        EvidenceFixtures.Builder noData = impact();
        noData.cells.add(change(
                cell(NeedCode.SLD, AgeBand.AGE_5_10, "Altrincham"), VerdictCode.SUFFICIENT, VerdictCode.NO_DATA));

        Factor unchanged = factor(pack(same.build()), PlacesRules.SUPPLY);
        Factor unjudged = factor(pack(noData.build()), PlacesRules.SUPPLY);

        assertThat(unchanged.finding()).isEqualTo(Finding.NO_CHANGE);
        assertThat(unchanged.reason())
                .isEqualTo("No cell's verdict changes and every affected child has a local place by 2029.");
        assertThat(unjudged.finding()).isEqualTo(Finding.NOT_ENOUGH_EVIDENCE);
        assertThat(unjudged.reason()).startsWith("No verdict can be compared: 1 cell changes to or from no data");
    }

    @Test
    void otherProvidersAndNeedTypesNameTheNeedsThatGetWorseAndTheProvidersChildrenJoin() {
        EvidenceFixtures.Builder impact = impact();
        impact.cells.add(change(
                cell(NeedCode.ASD, AgeBand.AGE_11_15, "Sale"), VerdictCode.SUFFICIENT, VerdictCode.INSUFFICIENT));
        impact.cells.add(
                change(cell(NeedCode.ASD, AgeBand.AGE_16_19, "Sale"), VerdictCode.SUFFICIENT, VerdictCode.AT_RISK));
        impact.cells.add(
                change(cell(NeedCode.SLD, AgeBand.AGE_5_10, "Sale"), VerdictCode.AT_RISK, VerdictCode.SUFFICIENT));
        impact.cells.add(change(cell(null, AgeBand.AGE_11_15, "Sale"), VerdictCode.SUFFICIENT, VerdictCode.AT_RISK));
        impact.moves.add(move(Outcome.MOVES, 16, 2));
        impact.moves.add(move(Outcome.MOVES, 17, 1));

        Factor others = factor(pack(impact.build()), PlacesRules.OTHERS);

        // ASD: two cells worse; SLD better; the all-needs cell is left out (it repeats its needs); 2 + 1 join Elm
        assertThat(others.finding()).isEqualTo(Finding.WORSENS);
        assertThat(others.reason()).isEqualTo("Places get worse for ASD (2 cells); 3 children join 1 other provider.");
        assertThat(others.evidence())
                .contains("Children joining Elm School (Central forecast): 3", "Cells getting better for SLD: 1");
    }

    @Test
    void otherProvidersImproveWhenANeedGetsBetterAndNoneWorseAndNoChangeWhenNoNeedChanges() {
        EvidenceFixtures.Builder better = impact();
        better.cells.add(change(
                cell(NeedCode.SEMH, AgeBand.AGE_5_10, "Altrincham"), VerdictCode.AT_RISK, VerdictCode.SUFFICIENT));
        EvidenceFixtures.Builder same = impact();
        same.moves.add(move(Outcome.MOVES, 9, 1));

        Factor improves = factor(pack(better.build()), PlacesRules.OTHERS);
        Factor unchanged = factor(pack(same.build()), PlacesRules.OTHERS);

        assertThat(improves.finding()).isEqualTo(Finding.IMPROVES);
        assertThat(improves.reason())
                .isEqualTo(
                        "Places get better for SEMH (1 cell) and worse for no need; no child moves to another provider.");
        assertThat(unchanged.finding()).isEqualTo(Finding.NO_CHANGE);
        assertThat(unchanged.reason()).isEqualTo("No need type's verdict changes; 1 child joins 1 other provider.");
    }
}
