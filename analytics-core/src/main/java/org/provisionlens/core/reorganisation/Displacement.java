package org.provisionlens.core.reorganisation;

import java.util.ArrayList;
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
import org.provisionlens.core.sufficiency.SettingKind;

/**
 * Who a proposal displaces and where they go: the children using a changed service, grouped (same service, home,
 * need, age and support level), grown to the horizon, and reallocated exactly (least total journey, staying preferred)
 * to suitable services with room within the transport policy's limit, or to overflow.
 */
final class Displacement {

    /** Overflow is the last resort: it costs more than any journey. */
    static final double OVERFLOW_COST = 100_000;

    /** Children of one changed service, home, need, age and support level. */
    record Group(
            String id,
            Service from,
            String lsoaCode,
            NeedCode need,
            int age,
            SupportLevel level,
            SettingKind kind,
            int today,
            int grown,
            List<DemandCount> counts,
            Place home,
            Double minutesBefore,
            Double milesBefore) {}

    /** Where some of a group end up: grown to the horizon, and today. */
    record Piece(Group group, Impact.Outcome outcome, Service to, int grown, int today, Double minutes, Double miles) {}

    final List<Group> groups = new ArrayList<>();
    final List<Piece> pieces = new ArrayList<>();
    private final List<String> caveats = new ArrayList<>();
    private final Map<String, String> kinds = new java.util.HashMap<>();

    private final Baseline baseline;
    private final AppliedProposal applied;
    private final Prepared prepared;
    private final double growth;
    private final TravelSettings travel;

    private Displacement(Baseline baseline, AppliedProposal applied, Prepared prepared, double growth) {
        this.baseline = baseline;
        this.applied = applied;
        this.prepared = prepared;
        this.growth = growth;
        this.travel = baseline.settings().travel();
    }

    static Displacement of(Baseline baseline, AppliedProposal applied, Prepared prepared, double growth) {
        Displacement d = new Displacement(baseline, applied, prepared, growth);
        d.group();
        d.reallocate();
        d.explain();
        return d;
    }

    /** What the reallocation could not see, in sentences. */
    List<String> caveats() {
        return List.copyOf(caveats);
    }

    private void explain() {
        java.util.Set<String> affectedKinds = new java.util.HashSet<>();
        groups.forEach(g -> affectedKinds.add(kindKey(g.from())));
        for (Service s : applied.services()) {
            boolean relevant = affectedKinds.contains(kindKey(s));
            if (relevant && Suitability.local(s) && (s.capacity() == null || Suitability.place(s) == null)) {
                caveats.add(s.name() + " is not counted as somewhere to go: the run gives no "
                        + (s.capacity() == null ? "capacity" : "location") + " for it.");
            }
        }
        for (String id : new java.util.TreeSet<>(applied.changed())) {
            Service s = prepared.before(id);
            int unseen = prepared.users(id) - prepared.recorded(id);
            if (s == null || unseen <= 0 || Suitability.kindOf(s) == SettingKind.MAINSTREAM) {
                continue;
            }
            boolean closed = applied.services().stream().noneMatch(a -> a.id().equals(id))
                    && !applied.mergedInto().containsKey(id);
            caveats.add(unseen + " of the " + prepared.users(id) + " using " + s.name()
                    + " (its listing's current use) are not in the child records, so they are not reallocated: "
                    + (closed
                            ? "they are counted as waiting for it in the cells after."
                            : "they are taken to keep their places."));
        }
        int unrouted = pieces.stream()
                .filter(p -> p.outcome() == Impact.Outcome.NOT_ROUTABLE)
                .mapToInt(Piece::grown)
                .sum();
        if (unrouted > 0) {
            caveats.add(unrouted + " affected children have no home area in their records, so no journey or"
                    + " alternative could be worked out for them: they are counted apart, not dropped.");
        }
    }

    private void group() {
        record Key(String serviceId, String lsoa, NeedCode need, int age, SupportLevel level) {}
        Map<Key, List<DemandCount>> byKey = new LinkedHashMap<>();
        for (DemandCount count : baseline.demand()) {
            String id = count.placement().serviceId();
            if (id != null && applied.changed().contains(id) && count.children() > 0) {
                byKey.computeIfAbsent(
                                new Key(id, count.lsoaCode(), count.need(), count.age(), count.level()),
                                k -> new ArrayList<>())
                        .add(count);
            }
        }
        Map<Key, Integer> grown = grownByService(byKey);
        byKey.forEach((key, counts) -> {
            Service from = prepared.before(key.serviceId());
            int today = counts.stream().mapToInt(DemandCount::children).sum();
            Place home = key.lsoa() == null ? null : baseline.area().centroids().get(key.lsoa());
            Place at = Suitability.place(from);
            Double km = home == null || at == null ? null : home.kilometresTo(at);
            groups.add(new Group(
                    "g" + groups.size(),
                    from,
                    key.lsoa(),
                    key.need(),
                    key.age(),
                    key.level(),
                    Suitability.kindOf(from),
                    today,
                    grown.get(key),
                    List.copyOf(counts),
                    home,
                    km == null ? null : travel.minutes(km),
                    km == null ? null : Suitability.roadMiles(km, travel)));
        });
    }

    /**
     * Each group grown to the horizon: a service's children grown and rounded once, then shared among its groups in
     * proportion by largest remainder (rounding each small group on its own would turn a group of 1 into 2 at a growth
     * of 1.6, and the total would drift from the forecast).
     */
    private <K> Map<K, Integer> grownByService(Map<K, List<DemandCount>> byKey) {
        Map<String, List<K>> keysOfService = new LinkedHashMap<>();
        Map<K, Integer> today = new LinkedHashMap<>();
        byKey.forEach((key, counts) -> {
            String service = counts.get(0).placement().serviceId();
            keysOfService.computeIfAbsent(service, k -> new ArrayList<>()).add(key);
            today.put(key, counts.stream().mapToInt(DemandCount::children).sum());
        });
        Map<K, Integer> grown = new java.util.HashMap<>();
        keysOfService.forEach((service, keys) -> {
            int total = keys.stream().mapToInt(today::get).sum();
            double[] shares = keys.stream()
                    .mapToDouble(k -> (double) today.get(k) / total)
                    .toArray();
            int[] parts = LargestRemainder.split((int) Math.round(total * growth), shares);
            for (int i = 0; i < keys.size(); i++) {
                grown.put(keys.get(i), parts[i]);
            }
        });
        return grown;
    }

    private void reallocate() {
        Map<String, Service> destinations = new LinkedHashMap<>();
        Map<String, List<Service>> byKind = new java.util.HashMap<>();
        List<Reallocation.Destination> spare = new ArrayList<>();
        for (Service s : applied.services()) {
            if (Suitability.local(s) && s.capacity() != null && Suitability.place(s) != null) {
                destinations.put(s.id(), s);
                byKind.computeIfAbsent(kindKey(s), k -> new ArrayList<>()).add(s);
                int used = (int) Math.round(prepared.background(s, applied) * growth);
                spare.add(new Reallocation.Destination(s.id(), Math.max(0, s.capacity() - used)));
            }
        }
        List<Reallocation.Group> demand = new ArrayList<>();
        List<Reallocation.Option> options = new ArrayList<>();
        Map<String, Map<String, double[]>> journeys = new LinkedHashMap<>();
        for (Group g : groups) {
            demand.add(new Reallocation.Group(g.id(), g.grown(), OVERFLOW_COST));
            Map<String, double[]> reach = new LinkedHashMap<>();
            for (Service to : byKind.getOrDefault(kindKey(g.from()), List.of())) {
                if (!suits(g, to)) {
                    continue;
                }
                if (to.id().equals(g.from().id())) {
                    reach.put(to.id(), new double[] {nullToNaN(g.minutesBefore()), nullToNaN(g.milesBefore())});
                    options.add(new Reallocation.Option(g.id(), to.id(), 0));
                } else if (g.home() != null) {
                    double km = g.home().kilometresTo(Suitability.place(to));
                    double miles = Suitability.roadMiles(km, travel);
                    if (miles <= applied.transport().maxMiles()) {
                        double minutes = travel.minutes(km);
                        reach.put(to.id(), new double[] {minutes, miles});
                        options.add(new Reallocation.Option(g.id(), to.id(), minutes + 1));
                    }
                }
            }
            journeys.put(g.id(), reach);
        }
        Reallocation.Plan plan = Reallocation.solve(demand, spare, options);
        Map<String, List<Reallocation.Assignment>> byGroup = new LinkedHashMap<>();
        plan.assignments()
                .forEach(a -> byGroup.computeIfAbsent(a.groupId(), k -> new ArrayList<>())
                        .add(a));
        for (Group g : groups) {
            List<Reallocation.Assignment> assigned = byGroup.getOrDefault(g.id(), List.of());
            int[] today = todayShares(g, assigned);
            for (int i = 0; i < assigned.size(); i++) {
                Reallocation.Assignment a = assigned.get(i);
                Service to = a.overflow() ? null : destinations.get(a.destinationId());
                double[] journey = to == null ? null : journeys.get(g.id()).get(to.id());
                pieces.add(new Piece(
                        g,
                        outcome(g, to),
                        to,
                        a.children(),
                        today[i],
                        journey == null ? null : nanToNull(journey[0]),
                        journey == null ? null : nanToNull(journey[1])));
            }
            if (assigned.isEmpty() && g.today() > 0) {
                // too few to count at the horizon (growth rounds the group to none): today they stay if they can
                Service own = destinations.get(g.from().id());
                Service to = own != null && suits(g, own) ? own : null;
                pieces.add(new Piece(g, outcome(g, to), to, 0, g.today(), null, null));
            }
        }
    }

    /**
     * Today's children of a group shared among its assignments. Those who stay where they are come first: as many of
     * today's children stay as the horizon's assignment keeps there (a service cut to 81 places is full with 81 today,
     * not emptied in proportion to the horizon's larger numbers); the rest are shared among the other assignments in
     * proportion, by largest remainder.
     */
    private static int[] todayShares(Group g, List<Reallocation.Assignment> assigned) {
        int[] shares = new int[assigned.size()];
        int left = g.today();
        int others = 0;
        for (int i = 0; i < assigned.size(); i++) {
            Reallocation.Assignment a = assigned.get(i);
            if (g.from().id().equals(a.destinationId())) {
                shares[i] = Math.min(left, a.children());
                left -= shares[i];
            } else {
                others += a.children();
            }
        }
        if (others == 0) {
            // everyone stays (the horizon's numbers are smaller than today's): all of today's children stay
            for (int i = 0; i < assigned.size() && left > 0; i++) {
                if (g.from().id().equals(assigned.get(i).destinationId())) {
                    shares[i] += left;
                    left = 0;
                }
            }
            return shares;
        }
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < assigned.size(); i++) {
            if (!g.from().id().equals(assigned.get(i).destinationId())) {
                rest.add(i);
            }
        }
        final int restTotal = others;
        int[] split = LargestRemainder.split(
                left,
                rest.stream()
                        .mapToDouble(i -> (double) assigned.get(i).children() / restTotal)
                        .toArray());
        for (int k = 0; k < rest.size(); k++) {
            shares[rest.get(k)] = split[k];
        }
        return shares;
    }

    private String kindKey(Service s) {
        return kinds.computeIfAbsent(s.id(), id -> Suitability.kindKey(s));
    }

    private boolean suits(Group g, Service to) {
        return kindKey(g.from()).equals(kindKey(to))
                && to.serves(g.need(), g.age())
                && applied.takes(to.id(), g.level());
    }

    private static Impact.Outcome outcome(Group g, Service to) {
        if (to != null) {
            return to.id().equals(g.from().id()) ? Impact.Outcome.STAYS : Impact.Outcome.MOVES;
        }
        if (g.home() == null) {
            return Impact.Outcome.NOT_ROUTABLE;
        }
        return g.kind() == SettingKind.SPECIALIST_SETTING || g.kind() == SettingKind.MAINSTREAM
                ? Impact.Outcome.OUT_OF_AREA
                : Impact.Outcome.UNMET;
    }

    private static double nullToNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static Double nanToNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
