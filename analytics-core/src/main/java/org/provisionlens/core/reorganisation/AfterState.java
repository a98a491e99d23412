package org.provisionlens.core.reorganisation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.Tier;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.Placement;
import org.provisionlens.core.sufficiency.SettingKind;

/**
 * The run as the sufficiency cells see it after the proposal: the children's records with the placements they move
 * to, and the services with their use and waiting lists changed by the moves. Children placed out of area are placed
 * in one out-of-area provision at the cost of a place; children left without a service wait (on the waiting list of
 * the changed service, or of a closed service kept with no capacity so that their referrals still count). Children
 * who take up added places (see {@link Uptake}) are placed in the service with the places and no longer wait.
 */
final class AfterState {

    static final String OUT_OF_AREA_ID = "proposal:out-of-area";

    final List<DemandCount> demand = new ArrayList<>();
    final List<Service> services = new ArrayList<>();
    /** Where the children who take up added places were (their cells change too). */
    final List<Placement> leftByUptake = new ArrayList<>();

    private AfterState() {}

    static AfterState of(
            Prepared prepared,
            AppliedProposal applied,
            Displacement displacement,
            Uptake uptake,
            BigDecimal placeCost) {
        Baseline baseline = prepared.baseline;
        AfterState after = new AfterState();
        Map<DemandCount, Boolean> affected = new java.util.IdentityHashMap<>();
        displacement.groups.forEach(g -> g.counts().forEach(c -> affected.put(c, true)));
        Map<String, List<Uptake.Piece>> taken = new HashMap<>();
        uptake.pieces.forEach(p ->
                taken.computeIfAbsent(p.group().id(), k -> new ArrayList<>()).add(p));
        uptake.groups.stream()
                .filter(g -> taken.containsKey(g.id()))
                .forEach(g -> g.counts().forEach(c -> affected.put(c, true)));
        baseline.demand().stream().filter(c -> !affected.containsKey(c)).forEach(after.demand::add);

        Map<String, Integer> useChange = new HashMap<>();
        Map<String, Integer> waiting = new LinkedHashMap<>();
        for (Uptake.Group g : uptake.groups) {
            if (taken.containsKey(g.id())) {
                takeUp(after, g, taken.get(g.id()), useChange, waiting);
            }
        }
        boolean outOfArea = false;
        Map<String, List<Displacement.Piece>> piecesOf = new HashMap<>();
        displacement.pieces.forEach(p ->
                piecesOf.computeIfAbsent(p.group().id(), k -> new ArrayList<>()).add(p));
        java.util.Set<String> open = new java.util.HashSet<>();
        applied.services().forEach(s -> open.add(s.id()));
        for (Displacement.Group g : displacement.groups) {
            String source = g.from().id();
            String home = applied.mergedInto().getOrDefault(source, source);
            useChange.merge(home, -g.today(), Integer::sum);
            List<Displacement.Piece> pieces = piecesOf.getOrDefault(g.id(), List.of());
            int[] left = pieces.stream().mapToInt(Displacement.Piece::today).toArray();
            int index = 0;
            for (DemandCount count : g.counts()) {
                int remaining = count.children();
                while (remaining > 0 && index < left.length) {
                    int take = Math.min(remaining, left[index]);
                    if (take > 0) {
                        Displacement.Piece piece = pieces.get(index);
                        after.demand.add(replaced(count, piece, take, home));
                        if (piece.to() != null) {
                            useChange.merge(piece.to().id(), take, Integer::sum);
                        } else if (piece.outcome() == Impact.Outcome.OUT_OF_AREA) {
                            outOfArea |= g.kind() == SettingKind.SPECIALIST_SETTING;
                        } else if (g.kind() == SettingKind.SERVICE) {
                            waiting.merge(home, take, Integer::sum);
                        }
                        left[index] -= take;
                        remaining -= take;
                    }
                    if (left[index] == 0) {
                        index++;
                    }
                }
            }
        }
        for (Service s : applied.services()) {
            after.services.add(adjusted(s, useChange.getOrDefault(s.id(), 0), waiting.getOrDefault(s.id(), 0)));
        }
        for (String id : applied.changed()) {
            Service closed = prepared.before(id);
            if (closed != null && !open.contains(id) && !applied.mergedInto().containsKey(id)) {
                ghost(prepared, closed, waiting.getOrDefault(id, 0)).ifPresent(after.services::add);
            }
        }
        if (outOfArea) {
            after.services.add(ServiceBuilder.service(OUT_OF_AREA_ID, "Out-of-area or independent placement")
                    .domain(Domain.EDUCATION)
                    .tier(Tier.SPECIALIST)
                    .capacityUnit(CapacityUnit.PLACES)
                    .costPerUnit(placeCost)
                    .inArea(false)
                    .build());
        }
        return after;
    }

    /**
     * A closed service (not a setting) kept with no capacity, so that its referrals still count where they were:
     * its waiting list, the children left without a service, and the users in its listing who are not in the child
     * records (their need does not go away with the service).
     */
    private static java.util.Optional<Service> ghost(Prepared prepared, Service closed, int unmet) {
        if (Suitability.kindOf(closed) != SettingKind.SERVICE) {
            // a setting's cells count children from their records: those moved or placed out of area are counted
            return java.util.Optional.empty();
        }
        if (closed.currentUse() == null && closed.waitingList() == null) {
            // its referrals are counted from the records naming it: those left without a service still name it
            return unmet == 0
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(ServiceBuilder.from(closed)
                            .capacity(closed.capacityUnit() == null ? null : 0)
                            .build());
        }
        int unseen = Math.max(0, prepared.users(closed.id()) - prepared.recorded(closed.id()));
        int waiting = (closed.waitingList() == null ? 0 : closed.waitingList()) + unmet + unseen;
        return java.util.Optional.of(ServiceBuilder.from(closed)
                .capacity(closed.capacityUnit() == null ? null : 0)
                .currentUse(0)
                .waitingList(waiting)
                .build());
    }

    /**
     * Children who take up added places are placed in the service with the places (no longer waiting); they leave the
     * waiting list or the out-of-area placement they had. The rest of their records stay as they were.
     */
    private static void takeUp(
            AfterState after,
            Uptake.Group g,
            List<Uptake.Piece> pieces,
            Map<String, Integer> useChange,
            Map<String, Integer> waiting) {
        int[] left = pieces.stream().mapToInt(Uptake.Piece::today).toArray();
        int index = 0;
        for (DemandCount count : g.counts()) {
            int remaining = count.children();
            while (remaining > 0 && index < left.length) {
                int take = Math.min(remaining, left[index]);
                if (take > 0) {
                    Service to = pieces.get(index).to();
                    after.leftByUptake.add(count.placement());
                    after.demand.add(new DemandCount(
                            count.lsoaCode(),
                            count.need(),
                            count.age(),
                            count.level(),
                            new Placement(Suitability.kindOf(to), to.id()),
                            false,
                            take,
                            null));
                    useChange.merge(to.id(), take, Integer::sum);
                    if (g.from() != null && g.waiting() && Suitability.kindOf(g.from()) == SettingKind.SERVICE) {
                        waiting.merge(g.from().id(), -take, Integer::sum);
                    } else if (g.from() != null) {
                        // they leave the setting they were in (out of area, or mainstream while they waited)
                        useChange.merge(g.from().id(), -take, Integer::sum);
                    }
                    left[index] -= take;
                    remaining -= take;
                }
                if (left[index] == 0) {
                    index++;
                }
            }
            if (remaining > 0) {
                after.demand.add(new DemandCount(
                        count.lsoaCode(),
                        count.need(),
                        count.age(),
                        count.level(),
                        count.placement(),
                        count.waiting(),
                        remaining,
                        count.longestWaitWeeks()));
            }
        }
    }

    private static Service adjusted(Service s, int useChange, int waiting) {
        if (useChange == 0 && waiting == 0) {
            return s;
        }
        ServiceBuilder b = ServiceBuilder.from(s);
        if (s.currentUse() != null) {
            b.currentUse(Math.max(0, s.currentUse() + useChange));
        }
        if (waiting > 0 && (s.currentUse() != null || s.waitingList() != null)) {
            b.waitingList((s.waitingList() == null ? 0 : s.waitingList()) + waiting);
        } else if (waiting < 0 && s.waitingList() != null) {
            // children who took up added places leave the waiting list
            b.waitingList(Math.max(0, s.waitingList() + waiting));
        }
        return b.build();
    }

    private static DemandCount replaced(DemandCount count, Displacement.Piece piece, int children, String home) {
        Placement placement;
        boolean waiting = count.waiting();
        if (piece.to() != null) {
            placement = new Placement(Suitability.kindOf(piece.to()), piece.to().id());
        } else if (piece.outcome() == Impact.Outcome.OUT_OF_AREA
                && piece.group().kind() == SettingKind.SPECIALIST_SETTING) {
            placement = new Placement(SettingKind.SPECIALIST_SETTING, OUT_OF_AREA_ID);
        } else if (piece.group().kind() == SettingKind.SPECIALIST_SETTING) {
            // no local place: they wait for a specialist setting, as their record says
            placement = new Placement(SettingKind.SPECIALIST_SETTING, null);
            waiting = true;
        } else {
            // no local service: they are still referred to the one they had (cut, or closed and kept with no
            // capacity), on its waiting list
            placement = new Placement(piece.group().kind(), home);
        }
        return new DemandCount(
                count.lsoaCode(),
                count.need(),
                count.age(),
                count.level(),
                placement,
                waiting,
                children,
                count.longestWaitWeeks());
    }
}
