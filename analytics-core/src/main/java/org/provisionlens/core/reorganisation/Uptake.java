package org.provisionlens.core.reorganisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.access.Place;
import org.provisionlens.core.access.TravelSettings;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.reallocation.Reallocation;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.LargestRemainder;
import org.provisionlens.core.sufficiency.PlacementCosts;
import org.provisionlens.core.sufficiency.SettingKind;

/**
 * Who takes up the places a proposal adds (a new service, more capacity, a merge with more places): places after minus
 * places before, of specialist settings and caseload services, as far as they are spare at the horizon once the
 * displaced children are placed. Taken up exactly (least total journey, {@link Reallocation}) in two steps: first the
 * children waiting for that kind of provision (who otherwise stay waiting), then those in out-of-area or independent
 * placements of that kind who could come back (who otherwise stay where they are). Suitable as for a move: need, age and
 * support level served, within the transport policy's limit of their home. Grown to the horizon like the rest.
 */
final class Uptake {

    /** Children not affected by the changes who could use the added places: waiting, or placed out of area. */
    record Group(
            String id,
            Service from,
            String lsoaCode,
            NeedCode need,
            int age,
            SupportLevel level,
            boolean waiting,
            String kind,
            int today,
            int grown,
            List<DemandCount> counts,
            Place home,
            Double minutesBefore,
            Double milesBefore) {}

    /** Some of a group placed in a service with added places: grown to the horizon, and today. */
    record Piece(Group group, Impact.Outcome outcome, Service to, int grown, int today, double minutes, double miles) {}

    final List<Group> groups = new ArrayList<>();
    final List<Piece> pieces = new ArrayList<>();

    private final Baseline baseline;
    private final AppliedProposal applied;
    private final TravelSettings travel;
    private Map<String, Integer> added = Map.of();
    private final Map<String, Service> into = new HashMap<>();

    private Uptake(Baseline baseline, AppliedProposal applied) {
        this.baseline = baseline;
        this.applied = applied;
        this.travel = baseline.settings().travel();
    }

    static Uptake of(
            Baseline baseline, AppliedProposal applied, Prepared prepared, Displacement displacement, double growth) {
        Uptake uptake = new Uptake(baseline, applied);
        uptake.added = AddedPlaces.spare(baseline, applied, prepared, displacement, growth);
        applied.services().stream()
                .filter(s -> uptake.added.containsKey(s.id()))
                .forEach(s -> uptake.into.put(s.id(), s));
        if (!uptake.added.isEmpty()) {
            uptake.group(prepared, displacement, growth);
            uptake.take(true);
            uptake.take(false);
        }
        return uptake;
    }

    /** Children (grown) with an outcome. */
    int children(Impact.Outcome outcome) {
        return pieces.stream()
                .filter(p -> p.outcome() == outcome)
                .mapToInt(Piece::grown)
                .sum();
    }

    private void group(Prepared prepared, Displacement displacement, double growth) {
        record Key(
                boolean waiting, String from, String lsoa, NeedCode need, int age, SupportLevel level, String kind) {}
        java.util.Set<String> kinds = new java.util.HashSet<>();
        into.values().forEach(s -> kinds.add(Suitability.kindKey(s)));
        Map<DemandCount, Boolean> displaced = new IdentityHashMap<>();
        displacement.groups.forEach(g -> g.counts().forEach(c -> displaced.put(c, true)));
        Map<Key, List<DemandCount>> byKey = new LinkedHashMap<>();
        for (DemandCount count : baseline.demand()) {
            if (displaced.containsKey(count) || count.children() == 0 || count.lsoaCode() == null) {
                continue;
            }
            Service from = count.placement().serviceId() == null
                    ? null
                    : prepared.before(count.placement().serviceId());
            String kind = count.waiting() ? waitingFor(count, from) : outOfArea(from);
            if (kind != null && kinds.contains(kind)) {
                Key key = new Key(
                        count.waiting(),
                        from == null ? null : from.id(),
                        count.lsoaCode(),
                        count.need(),
                        count.age(),
                        count.level(),
                        kind);
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(count);
            }
        }
        byKey.forEach((key, counts) -> {
            Place home = baseline.area().centroids().get(key.lsoa());
            if (home == null) {
                return;
            }
            Service from = key.from() == null ? null : prepared.before(key.from());
            Place at = from == null ? null : Suitability.place(from);
            Double km = key.waiting() || at == null ? null : home.kilometresTo(at);
            int today = counts.stream().mapToInt(DemandCount::children).sum();
            groups.add(new Group(
                    "u" + groups.size(),
                    from,
                    key.lsoa(),
                    key.need(),
                    key.age(),
                    key.level(),
                    key.waiting(),
                    key.kind(),
                    today,
                    (int) Math.round(today * growth),
                    List.copyOf(counts),
                    home,
                    km == null ? null : travel.minutes(km),
                    km == null ? null : Suitability.roadMiles(km, travel)));
        });
    }

    /**
     * The kind of provision a waiting child waits for: the service their record names when it is a service (its
     * waiting list), otherwise a specialist setting (as the cells count them), unless they are in a local specialist
     * setting that serves them already.
     */
    private static String waitingFor(DemandCount count, Service from) {
        if (from != null && Suitability.kindOf(from) == SettingKind.SERVICE) {
            return Suitability.kindKey(from);
        }
        boolean suited = from != null
                && Suitability.kindOf(from) == SettingKind.SPECIALIST_SETTING
                && Suitability.local(from)
                && !PlacementCosts.outsideOwnProvision(from)
                && from.serves(count.need(), count.age());
        return suited || count.level() != SupportLevel.EHC_PLAN ? null : "specialist setting";
    }

    private static String outOfArea(Service from) {
        return from != null && PlacementCosts.outsideOwnProvision(from) ? Suitability.kindKey(from) : null;
    }

    /** One step: the waiting children (overflow: they stay waiting) or those out of area (overflow: they stay). */
    private void take(boolean waiting) {
        List<Reallocation.Group> demand = new ArrayList<>();
        List<Reallocation.Option> options = new ArrayList<>();
        Map<String, Map<String, double[]>> journeys = new HashMap<>();
        Map<String, Group> byId = new HashMap<>();
        for (Group g : groups) {
            if (g.waiting() != waiting || g.grown() == 0) {
                continue;
            }
            Map<String, double[]> reach = new HashMap<>();
            for (Service to : into.values()) {
                if (!suits(g, to)) {
                    continue;
                }
                double km = g.home().kilometresTo(Suitability.place(to));
                double miles = Suitability.roadMiles(km, travel);
                if (miles <= applied.transport().maxMiles()) {
                    reach.put(to.id(), new double[] {travel.minutes(km), miles});
                    options.add(new Reallocation.Option(g.id(), to.id(), travel.minutes(km)));
                }
            }
            if (!reach.isEmpty()) {
                demand.add(new Reallocation.Group(g.id(), g.grown(), Displacement.OVERFLOW_COST));
                journeys.put(g.id(), reach);
                byId.put(g.id(), g);
            }
        }
        if (demand.isEmpty()) {
            return;
        }
        List<Reallocation.Destination> spare = new ArrayList<>();
        added.forEach((id, places) -> spare.add(new Reallocation.Destination(id, places)));
        Reallocation.Plan plan = Reallocation.solve(demand, spare, options);
        Map<String, List<Reallocation.Assignment>> byGroup = new LinkedHashMap<>();
        plan.assignments()
                .forEach(a -> byGroup.computeIfAbsent(a.groupId(), k -> new ArrayList<>())
                        .add(a));
        byGroup.forEach((groupId, assigned) -> {
            Group g = byId.get(groupId);
            int[] today = LargestRemainder.split(
                    g.today(),
                    assigned.stream()
                            .mapToDouble(a -> (double) a.children() / g.grown())
                            .toArray());
            for (int i = 0; i < assigned.size(); i++) {
                Reallocation.Assignment a = assigned.get(i);
                if (a.overflow()) {
                    continue;
                }
                double[] journey = journeys.get(groupId).get(a.destinationId());
                added.merge(a.destinationId(), -a.children(), Integer::sum);
                pieces.add(new Piece(
                        g,
                        waiting ? Impact.Outcome.TAKES_NEW_PLACE : Impact.Outcome.RETURNS_TO_LOCAL,
                        into.get(a.destinationId()),
                        a.children(),
                        today[i],
                        journey[0],
                        journey[1]));
            }
        });
    }

    private boolean suits(Group g, Service to) {
        return Suitability.kindKey(to).equals(g.kind())
                && to.serves(g.need(), g.age())
                && applied.takes(to.id(), g.level())
                && (g.waiting() || !g.from().id().equals(to.id()));
    }
}
