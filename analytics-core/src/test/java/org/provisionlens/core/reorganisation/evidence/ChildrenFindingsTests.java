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
import org.provisionlens.core.reorganisation.ServiceComment;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Factor;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Finding;
import org.provisionlens.core.sufficiency.AgeBand;
import org.provisionlens.core.sufficiency.VerdictCode;

class ChildrenFindingsTests {

    @Test
    void accessWorsensWhenChildrenAreLeftWithoutProvision() {
        EvidenceFixtures.Builder impact = impact().affected(8);
        impact.moves.add(move(Outcome.MOVES, 9, 6));
        impact.moves.add(move(Outcome.UNMET, 9, 2));

        Factor access = factor(pack(impact.build()), ChildrenRules.ACCESS);

        assertThat(access.finding()).isEqualTo(Finding.WORSENS);
        assertThat(access.reason()).startsWith("2 children of the 8 affected would be left without provision");
    }

    @Test
    void accessIsNotEnoughEvidenceWhenEveryoneKeepsAPlaceAndNoChangeWhenNoOneIsAffected() {
        EvidenceFixtures.Builder moved = impact().affected(8);
        moved.moves.add(move(Outcome.MOVES, 9, 6));
        moved.moves.add(move(Outcome.STAYS, 9, 2));

        Factor kept = factor(pack(moved.build()), ChildrenRules.ACCESS);
        Factor none = factor(pack(impact().build()), ChildrenRules.ACCESS);

        assertThat(kept.finding()).isEqualTo(Finding.NOT_ENOUGH_EVIDENCE);
        assertThat(kept.reason())
                .startsWith("All 8 affected children keep a suitable place (6 of them elsewhere), but the platform"
                        + " holds nothing on curriculum, facilities or equipment");
        assertThat(none.finding()).isEqualTo(Finding.NO_CHANGE);
    }

    @Test
    void transitionCountsChildrenWhoMustMoveInExamYearsAndAtTheEndOfAPhase() {
        EvidenceFixtures.Builder impact = impact().affected(9);
        impact.moves.add(move(Outcome.MOVES, 15, 2));
        impact.moves.add(move(Outcome.OUT_OF_AREA, 16, 1));
        impact.moves.add(move(Outcome.MOVES, 8, 3));
        impact.moves.add(move(Outcome.STAYS, 10, 2));
        impact.moves.add(move(Outcome.UNMET, 12, 1));

        Factor transition = factor(pack(impact.build()), ChildrenRules.TRANSITION);

        // moving: 2 + 1 + 3 = 6 (staying and unmet do not move); exam years 15-16: 2 + 1 = 3;
        // last year of a phase (10, 15, 18): the 2 aged 15 (the 2 aged 10 stay)
        assertThat(transition.finding()).isEqualTo(Finding.NOT_ENOUGH_EVIDENCE);
        assertThat(transition.reason())
                .startsWith("6 children must move (3 in exam years, aged 15-16, and 2 in the last year of a phase)"
                        + " and 1 would lose their provision: the panel should ask for the plan for each of them");
        assertThat(transition.evidence())
                .contains(
                        "Children who must move aged 5-10: 3",
                        "Children who must move aged 11-15: 2",
                        "Children who must move aged 16-19: 1");
    }

    @Test
    void childrenWithNoKnownHomeAreaMustMoveButHaveNowhereFoundYet() {
        EvidenceFixtures.Builder impact = impact().affected(5);
        impact.moves.add(move(Outcome.MOVES, 9, 3));
        impact.moves.add(move(Outcome.NOT_ROUTABLE, 9, 2));

        EvidencePack pack = pack(impact.build());
        Factor access = factor(pack, ChildrenRules.ACCESS);
        Factor transition = factor(pack, ChildrenRules.TRANSITION);

        assertThat(access.finding()).isEqualTo(Finding.NOT_ENOUGH_EVIDENCE);
        assertThat(access.reason())
                .startsWith("2 children must leave and have no known home area, so no place could be looked for"
                        + " them; 3 more are placed elsewhere");
        // 3 moving + 2 with nowhere found yet = 5 must move
        assertThat(transition.reason()).startsWith("5 children must move");
        assertThat(transition.evidence()).contains("Of them with no known home area, so nowhere found yet: 2");
    }

    @Test
    void accessIsNotEnoughEvidenceWhenNoOneIsAffectedButCellsGetBetter() {
        EvidenceFixtures.Builder opening = impact();
        opening.cells.add(change(
                cell(NeedCode.ASD, AgeBand.AGE_11_15, "Sale"), VerdictCode.INSUFFICIENT, VerdictCode.SUFFICIENT));

        Factor access = factor(pack(opening.build()), ChildrenRules.ACCESS);

        assertThat(access.finding()).isEqualTo(Finding.NOT_ENOUGH_EVIDENCE);
        assertThat(access.reason()).startsWith("No child loses or changes provision and 1 cell gets better, but who");
    }

    @Test
    void transitionNamesTheChildrenWhoLoseProvisionWhenNoOneMoves() {
        EvidenceFixtures.Builder cut = impact().affected(9);
        cut.moves.add(move(Outcome.STAYS, 7, 8));
        cut.moves.add(move(Outcome.UNMET, 7, 1));

        Factor transition = factor(pack(cut.build()), ChildrenRules.TRANSITION);

        assertThat(transition.finding()).isEqualTo(Finding.NOT_ENOUGH_EVIDENCE);
        assertThat(transition.reason())
                .isEqualTo("No child must move, but 1 child would lose their provision (go without or wait): the"
                        + " panel should ask for the plan for each of them, and when the change would happen.");
    }

    @Test
    void transitionHasNoChangeWhenNoOneMoves() {
        EvidenceFixtures.Builder impact = impact().affected(2);
        impact.moves.add(move(Outcome.STAYS, 15, 2));

        Factor transition = factor(pack(impact.build()), ChildrenRules.TRANSITION);

        assertThat(transition.finding()).isEqualTo(Finding.NO_CHANGE);
        assertThat(transition.reason()).isEqualTo("No child has to move or loses provision.");
    }

    @Test
    void staffAndAccommodationSayWhatToAskForAndNeverFindOnTheirOwn() {
        Factor staff = factor(pack(impact().affected(7).build()), UnmeasuredRules.STAFF);
        Factor rooms = factor(pack(impact().affected(7).build()), UnmeasuredRules.ACCOMMODATION);

        assertThat(staff.finding()).isEqualTo(Finding.NOT_ENOUGH_EVIDENCE);
        assertThat(staff.reason())
                .startsWith("The platform holds no staffing data: for the 7 children affected, the panel"
                        + " should ask for the specialist staff");
        // opening a service affects no one today: the reason does not speak of "the 0 children affected"
        assertThat(factor(pack(impact().build()), UnmeasuredRules.STAFF).reason())
                .startsWith("The platform holds no staffing data: the panel should ask for the specialist staff");
        assertThat(rooms.finding()).isEqualTo(Finding.NOT_ENOUGH_EVIDENCE);
        assertThat(rooms.reason())
                .startsWith("The platform holds no building data")
                .contains("should ask for the condition, size and accessibility of the buildings");
    }

    @Test
    void viewsCountTheCommentsAndTheirThemesButNeverImproveEvenWhenAllArePositive() {
        EvidenceFixtures.Builder impact = impact().affected(5);
        impact.voices.add(new ServiceComment("svc-a", "c1", "parent", "Great staff", List.of("Staff (positive)")));
        impact.voices.add(new ServiceComment(
                "svc-a", "c2", "parent", "Kind and close", List.of("Staff (positive)", "Location (positive)")));
        impact.voices.add(new ServiceComment("svc-a", "c3", "young person", "Love it", List.of("Staff (positive)")));

        Factor views = factor(pack(impact.build()), ViewsRule.NAME);

        assertThat(views.finding()).isEqualTo(Finding.NOT_ENOUGH_EVIDENCE);
        // Staff (positive) in 3 comments, Location (positive) in 1
        assertThat(views.reason())
                .startsWith("There are 3 published comments about the affected services, most often on Staff"
                        + " (positive) (3), Location (positive) (1); they speak of the services as they are, not of"
                        + " the proposal");
        assertThat(views.evidence()).contains("Comments from parent: 2", "Comments from young person: 1");
    }

    @Test
    void viewsWithNoCommentsAskForTheConsultationResponses() {
        Factor views = factor(pack(impact().affected(5).build()), ViewsRule.NAME);

        assertThat(views.finding()).isEqualTo(Finding.NOT_ENOUGH_EVIDENCE);
        assertThat(views.reason()).startsWith("There are no published comments about the affected services");
    }
}
