package org.provisionlens.core.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.reorganisation.Impact.Outcome;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.SufficiencyCells;

/** Properties of the impact model over many small generated baselines and proposals (seeded, so repeatable). */
class ImpactPropertiesTests {

    private static final int CASES = 300;
    private static final List<NeedCode> NEEDS = List.of(NeedCode.ASD, NeedCode.SLD, NeedCode.SLCN);

    @Test
    void closingServicesNeverIncreasesLocalCapacity() {
        Random random = new Random(10);
        for (int i = 0; i < CASES; i++) {
            Baseline baseline = baseline(random);
            List<String> ids = ids(baseline);
            List<Change> closes = new ArrayList<>();
            for (String id : ids) {
                if (random.nextInt(3) == 0) {
                    closes.add(new Change.CloseService(id));
                }
            }
            Impact impact = ImpactModel.evaluate(baseline, proposal(closes), Scenario.CENTRAL);
            AppliedProposal applied = ProposalApplier.apply(baseline, proposal(closes));
            assertThat(localCapacity(applied.services())).isLessThanOrEqualTo(localCapacity(baseline.services()));
            for (Impact.CellChange cell : impact.cells()) {
                if (cell.capacityBefore() != null && cell.capacityAfter() != null) {
                    assertThat(cell.capacityAfter())
                            .as("case %d, %s", i, cell.key())
                            .isLessThanOrEqualTo(cell.capacityBefore());
                }
            }
        }
    }

    @Test
    void aProposalWithNoChangesHasZeroImpact() {
        Random random = new Random(11);
        for (int i = 0; i < CASES; i++) {
            Baseline baseline = baseline(random);
            for (Impact impact :
                    ImpactModel.evaluate(baseline, proposal(List.of())).values()) {
                assertThat(impact.affected()).isEmpty();
                assertThat(impact.moves()).isEmpty();
                assertThat(impact.cells()).as("case %d", i).isEmpty();
                assertThat(impact.costs().netSavingPerYear()).isEqualByComparingTo("0");
                assertThat(impact.travelAfter().children()).isZero();
                assertThat(impact.range()).allSatisfy(r -> assertThat(r.lost()).isEmpty());
                assertThat(impact.qualityAfter()).isEqualTo(impact.qualityBefore());
            }
        }
    }

    @Test
    void childrenAreOnlyPlacedWhereTheirNeedAgeAndSupportLevelAreServedAndWithinTheLimitAndRoom() {
        Random random = new Random(12);
        for (int i = 0; i < CASES; i++) {
            Baseline baseline = baseline(random);
            Proposal proposal = proposal(changes(baseline, random));
            Impact impact = ImpactModel.evaluate(baseline, proposal, Scenario.HIGH);
            AppliedProposal applied = ProposalApplier.apply(baseline, proposal);
            Map<String, Service> after = applied.services().stream().collect(Collectors.toMap(Service::id, s -> s));
            Prepared prepared = Prepared.of(baseline);
            Displacement d = Displacement.of(baseline, applied, prepared, impact.growth());
            Map<String, Integer> placed = new java.util.HashMap<>();
            for (Displacement.Piece p : d.pieces) {
                if (p.to() == null) {
                    continue;
                }
                Service to = after.get(p.to().id());
                boolean need =
                        to.needs().isEmpty() || to.needs().contains(p.group().need());
                boolean age = (to.ages().from() == null
                                || to.ages().from() <= p.group().age())
                        && (to.ages().to() == null
                                || p.group().age() <= to.ages().to());
                assertThat(need && age)
                        .as("case %d: %s to %s", i, p.group(), to.id())
                        .isTrue();
                assertThat(applied.takes(to.id(), p.group().level())).isTrue();
                assertThat(Suitability.sameKind(p.group().from(), to)).isTrue();
                if (p.outcome() == Outcome.MOVES) {
                    assertThat(p.miles())
                            .isLessThanOrEqualTo(applied.transport().maxMiles());
                }
                placed.merge(to.id(), p.grown(), Integer::sum);
            }
            placed.forEach((id, n) -> {
                Service to = after.get(id);
                int spare = Math.max(
                        0, to.capacity() - (int) Math.round(prepared.background(to, applied) * impact.growth()));
                assertThat(n).as("placed in %s", id).isLessThanOrEqualTo(spare);
            });
            // nobody is dropped: every affected child (grown: each service's children grown and rounded once) has one
            // outcome
            int grown = impact.affected().stream()
                    .collect(java.util.stream.Collectors.groupingBy(
                            Impact.Affected::serviceId,
                            java.util.stream.Collectors.summingInt(Impact.Affected::children)))
                    .values()
                    .stream()
                    .mapToInt(today -> (int) Math.round(today * impact.growth()))
                    .sum();
            int outcomes =
                    impact.moves().stream().mapToInt(Impact.Move::children).sum();
            assertThat(outcomes).as("case %d", i).isEqualTo(grown);
        }
    }

    @Test
    void onlyTheDomainsAndTiersAProposalTouchesAreAssessedAgainAndTheyAgreeWithTheWholeMatrix() {
        Random random = new Random(13);
        for (int i = 0; i < CASES / 3; i++) {
            Baseline baseline = baseline(random);
            Proposal proposal = proposal(changes(baseline, random));
            Prepared prepared = Prepared.of(baseline);
            AppliedProposal applied = ProposalApplier.apply(baseline, proposal);
            double growth = baseline.growth().get(Scenario.LOW);
            Displacement d = Displacement.of(baseline, applied, prepared, growth);
            Uptake uptake = Uptake.of(baseline, applied, prepared, d, growth);
            AfterState after = AfterState.of(prepared, applied, d, uptake, null);
            var settings = baseline.settings();
            var g = new SufficiencyCells.Growth(growth, null);
            var wholeBefore =
                    SufficiencyCells.assess(baseline.area(), baseline.demand(), baseline.services(), g, settings);
            var wholeAfter = SufficiencyCells.assess(baseline.area(), after.demand, after.services, g, settings);
            assertThat(CellsAfter.compare(prepared, applied, after, Scenario.LOW, growth))
                    .as("case %d", i)
                    .containsExactlyInAnyOrderElementsOf(CellComparison.compare(wholeBefore, wholeAfter));
        }
    }

    private static int localCapacity(List<Service> services) {
        return services.stream()
                .filter(Suitability::local)
                .mapToInt(s -> s.capacity() == null ? 0 : s.capacity())
                .sum();
    }

    private static Proposal proposal(List<Change> changes) {
        return new Proposal("p", "P", null, LocalDate.of(2027, 9, 1), "E09999999", changes);
    }

    private static List<String> ids(Baseline baseline) {
        return baseline.services().stream().map(Service::id).toList();
    }

    private static List<Change> changes(Baseline baseline, Random random) {
        List<Change> changes = new ArrayList<>();
        for (String id : ids(baseline)) {
            switch (random.nextInt(6)) {
                case 0 -> changes.add(new Change.CloseService(id));
                case 1 -> changes.add(new Change.ChangeCapacity(id, null, -10.0 * (1 + random.nextInt(9))));
                case 2 -> changes.add(new Change.ChangeNeedsOrAges(id, Set.of(pick(NEEDS, random)), null, 12));
                case 3 -> changes.add(new Change.ChangeEligibility(id, Set.of(SupportLevel.EHC_PLAN), null));
                default -> {}
            }
        }
        if (random.nextBoolean()) {
            changes.add(new Change.ChangeTransportPolicy(2.0 + random.nextInt(30), null));
        }
        List<String> open = ids(baseline).stream()
                .filter(id -> changes.stream()
                        .noneMatch(c -> c instanceof Change.CloseService close
                                && close.serviceId().equals(id)))
                .toList();
        if (open.size() >= 2 && random.nextInt(3) == 0) {
            changes.add(new Change.MergeServices(List.of(open.get(0), open.get(1)), open.get(1), null, null));
        }
        if (random.nextInt(3) == 0) {
            changes.add(SmallBaselines.openSchool(
                    "NEW", Set.of(pick(NEEDS, random)), 5, 16, random.nextInt(10), "20000", random.nextInt(6)));
        }
        return changes;
    }

    /** 2-4 LSOAs, 2-5 special schools and therapies, a few groups of children each. */
    static Baseline baseline(Random random) {
        SmallBaselines b = SmallBaselines.builder();
        int lsoas = 2 + random.nextInt(3);
        for (int l = 0; l < lsoas; l++) {
            b.lsoa("L" + l, l % 2 == 0 ? "W" : "E", l % 2 == 0 ? "West" : "East", random.nextInt(6));
        }
        int services = 2 + random.nextInt(4);
        for (int s = 0; s < services; s++) {
            Set<NeedCode> needs = Set.of(pick(NEEDS, random));
            int capacity = random.nextInt(12);
            int inUse = random.nextInt(capacity + 3);
            if (random.nextBoolean()) {
                int from = 4 + random.nextInt(6);
                b.specialSchool("S" + s, needs, from, from + 4 + random.nextInt(8), capacity, inUse, random.nextInt(6));
            } else {
                b.therapy("S" + s, needs, capacity, inUse, random.nextInt(6));
            }
            for (int c = random.nextInt(4); c > 0; c--) {
                String lsoa = random.nextInt(10) == 0 ? null : "L" + random.nextInt(lsoas);
                b.children(
                        lsoa,
                        random.nextInt(4) == 0
                                ? pick(NEEDS, random)
                                : needs.iterator().next(),
                        5 + random.nextInt(12),
                        random.nextBoolean() ? SupportLevel.EHC_PLAN : SupportLevel.SEN_SUPPORT,
                        "S" + s,
                        1 + random.nextInt(4));
            }
        }
        double[] growths = {0.8, 1.0, 1.3};
        b.growth(growths[random.nextInt(3)], 1.0, growths[random.nextInt(3)] + 0.2);
        b.transport(5 + random.nextInt(30), random.nextBoolean() ? "1.20" : null);
        return b.build();
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    static int children(Baseline baseline) {
        return baseline.demand().stream().mapToInt(DemandCount::children).sum();
    }
}
