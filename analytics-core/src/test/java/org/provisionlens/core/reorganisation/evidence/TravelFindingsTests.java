package org.provisionlens.core.reorganisation.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.factor;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.impact;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.move;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.pack;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.reorganisation.Change;
import org.provisionlens.core.reorganisation.Impact.Outcome;
import org.provisionlens.core.reorganisation.Impact.Travel;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Factor;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Finding;

class TravelFindingsTests {

    private static Factor journeys(Travel before, Travel after) {
        EvidenceFixtures.Builder impact = impact().affected(12);
        impact.moves.add(move(Outcome.MOVES, 16, 12));
        impact.before = before;
        impact.after = after;
        return factor(pack(impact.build()), TravelRule.NAME);
    }

    @Test
    void worsensWhenTheMedianJourneyIsLongerAndMoreChildrenAreOverTheLimit() {
        Factor factor = journeys(new Travel(12, 14.0, 25.0, 31.0, 0), new Travel(12, 22.0, 38.0, 52.5, 3));

        assertThat(factor.finding()).isEqualTo(Finding.WORSENS);
        // the run's limit is 3 miles
        assertThat(factor.reason())
                .isEqualTo("The median journey of the affected children goes from 14 to 22 minutes, the 90th"
                        + " percentile from 25 to 38 minutes, and 3 are over the 3-mile limit (0 before).");
        assertThat(factor.evidence())
                .contains(
                        "Longest journey: 31 minutes before, 52.5 minutes after",
                        "Children over the transport limit of 3 miles: 0 before, 3 after");
    }

    @Test
    void worsensWhenOnlyTheNinetiethPercentileIsLongerThoughTheMedianIsShorter() {
        Factor factor = journeys(new Travel(12, 20.0, 30.0, 35.0, 1), new Travel(12, 15.0, 36.0, 40.0, 1));

        assertThat(factor.finding()).isEqualTo(Finding.WORSENS);
    }

    @Test
    void improvesWhenShorterAndNoMeasureWorse() {
        Factor factor = journeys(new Travel(12, 20.0, 30.0, 35.0, 1), new Travel(12, 15.0, 30.0, 35.0, 0));

        assertThat(factor.finding()).isEqualTo(Finding.IMPROVES);
    }

    @Test
    void shorterJourneysOfThoseWhoStayLocalAreNotEnoughWhenOthersGoOutOfArea() {
        // 12 move locally with shorter journeys, but 4 go out of area with no journey known after: the median after
        // is of the 12 only, so it cannot show that journeys get shorter
        EvidenceFixtures.Builder impact = impact().affected(16);
        impact.moves.add(move(Outcome.MOVES, 16, 12));
        impact.moves.add(move(Outcome.OUT_OF_AREA, 16, 4));
        impact.before = new Travel(16, 20.0, 30.0, 35.0, 0);
        impact.after = new Travel(12, 15.0, 28.0, 35.0, 0);
        Factor factor = factor(pack(impact.build()), TravelRule.NAME);

        assertThat(factor.finding()).isEqualTo(Finding.NOT_ENOUGH_EVIDENCE);
        assertThat(factor.reason())
                .endsWith("But 4 children go out of area or have no known home area, so no journey is known for them"
                        + " after: the figures after leave them out and cannot show that journeys get shorter.");
    }

    @Test
    void noChangeWhenTheSameAtThePrecisionShown() {
        // 14.01 and 14.04 both show as 14: not a change anyone could read off the pack
        Factor factor = journeys(new Travel(12, 14.01, 25.0, 31.0, 0), new Travel(12, 14.04, 25.0, 31.0, 0));

        assertThat(factor.finding()).isEqualTo(Finding.NO_CHANGE);
    }

    @Test
    void notEnoughEvidenceWhenChildrenMoveButNoJourneyIsKnown() {
        Factor factor = journeys(new Travel(0, null, null, null, 0), new Travel(0, null, null, null, 0));

        assertThat(factor.finding()).isEqualTo(Finding.NOT_ENOUGH_EVIDENCE);
        assertThat(factor.reason()).startsWith("No journey is known for the children who move");
    }

    @Test
    void namesTheProposalsOwnLimitWhenItChangesTheTransportPolicy() {
        EvidenceFixtures.Builder impact = impact().affected(2);
        impact.proposal = new Proposal(
                "miles",
                "Shorter limit",
                "",
                EvidenceFixtures.EFFECTIVE,
                "E08000009",
                List.of(new Change.ChangeTransportPolicy(2.0, new BigDecimal("3.00"))));
        impact.before = new Travel(2, 10.0, 12.0, 12.0, 0);
        impact.after = new Travel(2, 10.0, 12.0, 12.0, 1);

        Factor factor = factor(pack(impact.build()), TravelRule.NAME);

        assertThat(factor.finding()).isEqualTo(Finding.WORSENS);
        assertThat(factor.reason()).contains("1 is over the 2-mile limit (0 before)");
    }
}
