package org.provisionlens.dashboards.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.reorganisation.Impact;

class ImpactViewTests {

    private static Impact.Move move(Impact.Outcome outcome, String toId, String toName) {
        return new Impact.Move("s1", toId, toName, "E01000001", NeedCode.ASD, 9, outcome, 3, 10.0, null, null);
    }

    @Test
    void namesWhereChildrenGoEvenWhenThereIsNoDestinationService() {
        // out of area, unmet and not routable name no service: the page says the outcome (a demo impact page failed
        // here once, on the 30 children the cut sends out of area)
        assertThat(ImpactView.destination(move(Impact.Outcome.OUT_OF_AREA, null, null)))
                .isEqualTo("Out of area or independent placement");
        assertThat(ImpactView.destination(move(Impact.Outcome.UNMET, null, null)))
                .isEqualTo("No local place (goes without or waits)");
        assertThat(ImpactView.destination(move(Impact.Outcome.MOVES, "s2", "Delamere School")))
                .isEqualTo("Moves to Delamere School");
        assertThat(ImpactView.destination(move(Impact.Outcome.MOVES, "s2", null)))
                .isEqualTo("Moves to s2");
    }
}
