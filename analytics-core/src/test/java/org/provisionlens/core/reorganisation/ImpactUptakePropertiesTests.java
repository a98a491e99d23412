package org.provisionlens.core.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.Placement;
import org.provisionlens.core.sufficiency.SettingKind;
import org.provisionlens.core.sufficiency.SufficiencyCells;

/**
 * Properties of the take-up of added places over many small generated baselines (those of {@link
 * ImpactPropertiesTests}, with children waiting in mainstream or on a therapy's list), seeded so repeatable.
 */
class ImpactUptakePropertiesTests {

    private static final int CASES = 300;
    private static final List<NeedCode> NEEDS = List.of(NeedCode.ASD, NeedCode.SLD, NeedCode.SLCN);

    @Test
    void addedPlacesGoOnlyToChildrenTheyServeWithinTheLimitAndNoMoreThanWereAdded() {
        Random random = new Random(20);
        for (int i = 0; i < CASES; i++) {
            Baseline baseline = withWaiting(ImpactPropertiesTests.baseline(random), random);
            Proposal proposal = proposal(growing(baseline, random));
            AppliedProposal applied = ProposalApplier.apply(baseline, proposal);
            Prepared prepared = Prepared.of(baseline);
            double growth = baseline.growth().get(Scenario.HIGH);
            Displacement d = Displacement.of(baseline, applied, prepared, growth);
            Uptake uptake = Uptake.of(baseline, applied, prepared, d, growth);
            Map<String, Integer> taken = new HashMap<>();
            for (Uptake.Piece p : uptake.pieces) {
                Service to = p.to();
                assertThat(to.serves(p.group().need(), p.group().age()))
                        .as("case %d: %s to %s", i, p.group(), to.id())
                        .isTrue();
                assertThat(applied.takes(to.id(), p.group().level())).isTrue();
                assertThat(Suitability.kindKey(to)).isEqualTo(p.group().kind());
                assertThat(p.miles()).isLessThanOrEqualTo(applied.transport().maxMiles());
                taken.merge(to.id(), p.grown(), Integer::sum);
            }
            taken.forEach((id, n) -> {
                Service to = applied.services().stream()
                        .filter(s -> s.id().equals(id))
                        .findFirst()
                        .orElseThrow();
                Service before = prepared.before(id);
                int added = to.capacity() - (before == null || before.capacity() == null ? 0 : before.capacity());
                assertThat(n).as("taken up in %s", id).isLessThanOrEqualTo(added);
            });
            // the cells the model assesses again agree with the whole matrices before and after
            AfterState after = AfterState.of(prepared, applied, d, uptake, null);
            var g = new SufficiencyCells.Growth(growth, null);
            var wholeBefore = SufficiencyCells.assess(
                    baseline.area(), baseline.demand(), baseline.services(), g, baseline.settings());
            var wholeAfter =
                    SufficiencyCells.assess(baseline.area(), after.demand, after.services, g, baseline.settings());
            assertThat(CellsAfter.compare(prepared, applied, after, Scenario.HIGH, growth))
                    .as("case %d", i)
                    .containsExactlyInAnyOrderElementsOf(CellComparison.compare(wholeBefore, wholeAfter));
        }
    }

    @Test
    void withWaitingChildrenAProposalWithNoChangesStillHasZeroImpactAndClosingTakesNobodyUp() {
        Random random = new Random(21);
        for (int i = 0; i < CASES; i++) {
            Baseline baseline = withWaiting(ImpactPropertiesTests.baseline(random), random);
            for (Impact impact :
                    ImpactModel.evaluate(baseline, proposal(List.of())).values()) {
                assertThat(impact.affected()).isEmpty();
                assertThat(impact.moves()).isEmpty();
                assertThat(impact.cells()).as("case %d", i).isEmpty();
                assertThat(impact.costs().netSavingPerYear()).isEqualByComparingTo("0");
            }
            List<Change> closes = new ArrayList<>();
            baseline.services().forEach(s -> {
                if (random.nextBoolean()) {
                    closes.add(new Change.CloseService(s.id()));
                }
            });
            Impact closed = ImpactModel.evaluate(baseline, proposal(closes), Scenario.CENTRAL);
            assertThat(closed.children(Impact.Outcome.TAKES_NEW_PLACE)
                            + closed.children(Impact.Outcome.RETURNS_TO_LOCAL))
                    .as("case %d", i)
                    .isZero();
        }
    }

    /** The baseline with 0-3 groups of children with plans waiting, in mainstream or on a therapy's list. */
    private static Baseline withWaiting(Baseline baseline, Random random) {
        List<DemandCount> demand = new ArrayList<>(baseline.demand());
        List<String> lsoas = new ArrayList<>(baseline.area().centroids().keySet());
        for (int c = random.nextInt(4); c > 0; c--) {
            Service named =
                    baseline.services().get(random.nextInt(baseline.services().size()));
            Placement placement = Suitability.kindOf(named) == SettingKind.SERVICE && random.nextBoolean()
                    ? new Placement(SettingKind.SERVICE, named.id())
                    : new Placement(SettingKind.MAINSTREAM, null);
            demand.add(new DemandCount(
                    lsoas.get(random.nextInt(lsoas.size())),
                    NEEDS.get(random.nextInt(NEEDS.size())),
                    5 + random.nextInt(12),
                    SupportLevel.EHC_PLAN,
                    placement,
                    true,
                    1 + random.nextInt(4)));
        }
        return new Baseline(
                baseline.runId(),
                baseline.area(),
                baseline.reviewDate(),
                baseline.services(),
                demand,
                baseline.growth(),
                baseline.horizonYear(),
                baseline.settings(),
                baseline.transport(),
                baseline.comments());
    }

    /** Opens a school, grows a service's capacity, or both. */
    private static List<Change> growing(Baseline baseline, Random random) {
        List<Change> changes = new ArrayList<>();
        Service grown =
                baseline.services().get(random.nextInt(baseline.services().size()));
        if (grown.capacity() != null && random.nextBoolean()) {
            changes.add(new Change.ChangeCapacity(grown.id(), grown.capacity() + random.nextInt(6), null));
        }
        if (changes.isEmpty() || random.nextBoolean()) {
            changes.add(SmallBaselines.openSchool(
                    "NEW",
                    Set.of(NEEDS.get(random.nextInt(NEEDS.size()))),
                    5,
                    16,
                    random.nextInt(10),
                    "20000",
                    random.nextInt(6)));
        }
        return changes;
    }

    private static Proposal proposal(List<Change> changes) {
        return new Proposal("p", "P", null, LocalDate.of(2027, 9, 1), "E09999999", changes);
    }
}
