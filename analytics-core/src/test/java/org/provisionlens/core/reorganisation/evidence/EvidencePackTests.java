package org.provisionlens.core.reorganisation.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.baseline;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.cell;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.change;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.factor;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.impact;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.reorganisation.Change;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.Scenario;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Factor;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Finding;
import org.provisionlens.core.sufficiency.AgeBand;
import org.provisionlens.core.sufficiency.VerdictCode;

class EvidencePackTests {

    @Test
    void takesTheFactorsOfTheSenImprovementTestInOrder() {
        EvidencePack pack = EvidencePack.of(baseline(), EvidenceFixtures.doNothing());

        assertThat(pack.factors())
                .extracting(Factor::name)
                .containsExactly(
                        "Access to education and associated services",
                        "Access to specialist staff",
                        "Access to suitable accommodation",
                        "Supply of suitable places",
                        "Journey times and transport",
                        "Transitional arrangements",
                        "The views of parents and young people",
                        "The effect on other providers and on places by type of need",
                        "Range of provision (need types and age bands in each locality)",
                        "Quality of provision (Ofsted ratings)");
        assertThat(pack.laName()).isEqualTo("Trafford");
        assertThat(pack.runId()).isEqualTo(42L);
        assertThat(EvidencePack.STATEMENT).contains("the panel decides");
    }

    @Test
    void doingNothingNeverImprovesAndChangesNothing() {
        EvidencePack pack = EvidencePack.of(baseline(), EvidenceFixtures.doNothing());

        assertThat(pack.factors())
                .allSatisfy(f -> assertThat(f.finding()).isIn(Finding.NO_CHANGE, Finding.NOT_ENOUGH_EVIDENCE))
                .allSatisfy(f -> assertThat(f.uncertain()).isFalse());
        // every factor with something to measure measures "no change"; nothing is left to ask for
        assertThat(pack.factors()).allSatisfy(f -> assertThat(f.finding()).isEqualTo(Finding.NO_CHANGE));
    }

    @Test
    void saysWhenTheHighForecastWouldChangeTheFinding() {
        Impact central = impact().build();
        EvidenceFixtures.Builder high = impact();
        high.scenario = Scenario.HIGH;
        high.growth = 1.25;
        high.cells.add(
                change(cell(NeedCode.ASD, AgeBand.AGE_11_15, "Sale"), VerdictCode.AT_RISK, VerdictCode.INSUFFICIENT));
        EvidenceFixtures.Builder low = impact();
        low.scenario = Scenario.LOW;
        low.growth = 0.95;

        EvidencePack pack = EvidencePack.of(
                baseline(), Map.of(Scenario.CENTRAL, central, Scenario.HIGH, high.build(), Scenario.LOW, low.build()));
        Factor supply = factor(pack, PlacesRules.SUPPLY);

        assertThat(supply.finding()).isEqualTo(Finding.NO_CHANGE);
        assertThat(supply.byScenario())
                .containsEntry(Scenario.LOW, Finding.NO_CHANGE)
                .containsEntry(Scenario.HIGH, Finding.WORSENS);
        assertThat(supply.uncertain()).isTrue();
        assertThat(supply.reason()).endsWith("Under the high forecast the finding would be \"worsens\".");
        assertThat(supply.evidence())
                .anyMatch(line -> line.startsWith("High (upper end of the 80% forecast interval): 1 cell gets worse"));
    }

    @Test
    void caveatsNameTheirNumbers() {
        EvidencePack pack = EvidencePack.of(baseline(), EvidenceFixtures.doNothing());

        assertThat(pack.caveats())
                .anyMatch(c -> c.contains("times 1.3 for the roads, at an average 30 km/h"))
                .anyMatch(c -> c.contains("Low (lower end of the 80% forecast interval) x0.95; Central forecast x1.1;"
                        + " High (upper end of the 80% forecast interval) x1.25."))
                // svc-c has no capacity
                .anyMatch(c -> c.startsWith("1 of the 3 services have no known capacity"))
                .anyMatch(c -> c.startsWith("Costs are shown for the panel's information and enter no finding"))
                .anyMatch(c -> c.contains("anonymised"))
                // 2 children with no LSOA and 1 whose LSOA has no centroid
                .anyMatch(c -> c.startsWith("3 children in the run have no known home area"));
    }

    @Test
    void describesTheChangesByTheServicesNames() {
        EvidenceFixtures.Builder impact = impact();
        impact.proposal = new Proposal(
                "two",
                "Two changes",
                "",
                EvidenceFixtures.EFFECTIVE,
                "E08000009",
                List.of(new Change.CloseService("svc-a"), new Change.ChangeCapacity("svc-b", null, -20.0)));

        EvidencePack pack = EvidenceFixtures.pack(impact.build());

        assertThat(pack.changes())
                .containsExactly("Close Oak School sixth form (svc-a)", "Cut Elm School (svc-b) capacity by 20.0%");
    }

    @Test
    void caveatsAddTheImpactModelsOwnOnce() {
        EvidenceFixtures.Builder central = impact();
        central.caveats.add("2 services have no known capacity and were not counted as somewhere to go.");
        central.caveats.add("2 services have no known capacity and were not counted as somewhere to go.");

        EvidencePack pack = EvidenceFixtures.pack(central.build());

        assertThat(pack.caveats())
                .hasSize(7)
                .last()
                .isEqualTo("2 services have no known capacity and were not counted as somewhere to go.");
    }

    @Test
    void needsTheCentralImpact() {
        Impact low = impact().build();
        assertThatThrownBy(() -> EvidencePack.of(baseline(), Map.of(Scenario.LOW, low)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("central");
    }
}
