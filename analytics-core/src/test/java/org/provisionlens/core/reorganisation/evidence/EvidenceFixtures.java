package org.provisionlens.core.reorganisation.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provisionlens.core.access.Place;
import org.provisionlens.core.access.TravelSettings;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.Change;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Impact.Affected;
import org.provisionlens.core.reorganisation.Impact.CellChange;
import org.provisionlens.core.reorganisation.Impact.Costs;
import org.provisionlens.core.reorganisation.Impact.LocalityRange;
import org.provisionlens.core.reorganisation.Impact.Move;
import org.provisionlens.core.reorganisation.Impact.Outcome;
import org.provisionlens.core.reorganisation.Impact.Quality;
import org.provisionlens.core.reorganisation.Impact.Travel;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.Scenario;
import org.provisionlens.core.reorganisation.ServiceComment;
import org.provisionlens.core.reorganisation.TransportPolicy;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.sufficiency.AgeBand;
import org.provisionlens.core.sufficiency.CellKey;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.Locality;
import org.provisionlens.core.sufficiency.Placement;
import org.provisionlens.core.sufficiency.ReviewArea;
import org.provisionlens.core.sufficiency.SettingKind;
import org.provisionlens.core.sufficiency.SufficiencyCells;
import org.provisionlens.core.sufficiency.VerdictCode;
import org.provisionlens.core.sufficiency.VerdictThresholds;

/** Hand-made baselines and impacts: an impact starts as "nothing changes" and each test sets what it needs. */
final class EvidenceFixtures {

    static final LocalDate EFFECTIVE = LocalDate.of(2026, 9, 1);
    static final Proposal CLOSE_A = new Proposal(
            "close-a", "Close Oak sixth form", "", EFFECTIVE, "E08000009", List.of(new Change.CloseService("svc-a")));

    private EvidenceFixtures() {}

    /**
     * Trafford with two localities; three services, one of them with no known capacity; demand of 5 children with a
     * home area, 2 with none and 1 whose area has no centroid (3 without a known home area). Transport limit 3 miles.
     */
    static Baseline baseline() {
        ReviewArea area = new ReviewArea(
                "E08000009",
                "Trafford",
                Map.of(
                        "E01000001",
                        new Locality("E02000001", "Sale"),
                        "E01000002",
                        new Locality("E02000002", "Altrincham")),
                Map.of(
                        "E01000001", new Place("E01000001", 53.42, -2.32),
                        "E01000002", new Place("E01000002", 53.38, -2.35)));
        Placement school = new Placement(SettingKind.SPECIALIST_SETTING, "svc-a");
        return new Baseline(
                42L,
                area,
                LocalDate.of(2026, 1, 15),
                List.of(
                        ServiceBuilder.service("svc-a", "Oak School sixth form")
                                .capacity(20)
                                .capacityUnit(CapacityUnit.PLACES)
                                .build(),
                        ServiceBuilder.service("svc-b", "Elm School")
                                .capacity(40)
                                .capacityUnit(CapacityUnit.PLACES)
                                .build(),
                        ServiceBuilder.service("svc-c", "Ash speech therapy").build()),
                List.of(
                        new DemandCount("E01000001", NeedCode.ASD, 16, SupportLevel.EHC_PLAN, school, false, 5),
                        new DemandCount(null, NeedCode.ASD, 17, SupportLevel.EHC_PLAN, school, false, 2),
                        new DemandCount("E01999999", NeedCode.SLD, 12, SupportLevel.EHC_PLAN, school, false, 1)),
                Map.of(Scenario.LOW, 0.95, Scenario.CENTRAL, 1.1, Scenario.HIGH, 1.25),
                2029,
                new SufficiencyCells.Settings(VerdictThresholds.defaults(), TravelSettings.defaults(), 2029),
                new TransportPolicy(3.0, new BigDecimal("2.50"), 380, "LA transport budget"),
                List.of());
    }

    static CellKey cell(NeedCode need, AgeBand band, String locality) {
        return new CellKey("E0200000" + (locality.equals("Sale") ? "1" : "2"), locality, need, band, null, null);
    }

    static CellChange change(CellKey key, VerdictCode before, VerdictCode after) {
        return new CellChange(key, 10, 11, 12, 8, before, after, "reason");
    }

    static Move move(Outcome outcome, int age, int children) {
        boolean local = outcome == Outcome.MOVES;
        return new Move(
                "svc-a",
                local ? "svc-b" : null,
                local ? "Elm School" : null,
                "E01000001",
                NeedCode.ASD,
                age,
                outcome,
                children,
                10.0,
                local ? 20.0 : null,
                local ? 4.0 : null);
    }

    /** An impact being built: starts as nothing changing. */
    static final class Builder {
        Proposal proposal = CLOSE_A;
        Scenario scenario = Scenario.CENTRAL;
        double growth = 1.1;
        final List<Affected> affected = new ArrayList<>();
        final List<Move> moves = new ArrayList<>();
        Travel before = new Travel(0, null, null, null, 0);
        Travel after = new Travel(0, null, null, null, 0);
        final List<CellChange> cells = new ArrayList<>();
        Costs costs = new Costs(
                new BigDecimal("100000"),
                new BigDecimal("100000"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                List.of());
        final List<LocalityRange> range = new ArrayList<>(List.of(
                new LocalityRange("E02000001", "Sale", Set.of("ASD 11-15"), Set.of("ASD 11-15")),
                new LocalityRange("E02000002", "Altrincham", Set.of("SLD 5-10"), Set.of("SLD 5-10"))));
        Quality qualityBefore = new Quality(80, 100, 0);
        Quality qualityAfter = new Quality(80, 100, 0);
        final List<ServiceComment> voices = new ArrayList<>();
        final List<String> caveats = new ArrayList<>();

        Builder affected(int children) {
            affected.add(new Affected(
                    "svc-a",
                    "Oak School sixth form",
                    "E01000001",
                    "E02000001",
                    "Sale",
                    NeedCode.ASD,
                    16,
                    SupportLevel.EHC_PLAN,
                    "Special school",
                    children));
            return this;
        }

        Impact build() {
            return new Impact(
                    proposal,
                    scenario,
                    2029,
                    growth,
                    affected,
                    moves,
                    before,
                    after,
                    cells,
                    costs,
                    range,
                    qualityBefore,
                    qualityAfter,
                    voices,
                    caveats);
        }
    }

    static Builder impact() {
        return new Builder();
    }

    /** Nothing changes: the do-nothing proposal, the same impact under every scenario. */
    static Map<Scenario, Impact> doNothing() {
        Map<Scenario, Impact> impacts = new EnumMap<>(Scenario.class);
        for (Scenario scenario : Scenario.values()) {
            Builder builder = impact();
            builder.proposal = Proposal.doNothing("E08000009", EFFECTIVE);
            builder.scenario = scenario;
            builder.growth = baseline().growth().get(scenario);
            impacts.put(scenario, builder.build());
        }
        return impacts;
    }

    /** The pack of one central impact. */
    static EvidencePack pack(Impact central) {
        return EvidencePack.of(baseline(), Map.of(Scenario.CENTRAL, central));
    }

    static EvidencePack.Factor factor(EvidencePack pack, String name) {
        return pack.factors().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
