package org.provisionlens.core.sufficiency;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Service;

/**
 * The leaf cells (a locality, a need, an age band, a domain, a tier) of one demand definition: the children it counts
 * from their records, and its services' capacity, use, referrals, waiting lists and hours, each apportioned among the
 * needs and ages the service serves.
 */
final class Leaves {

    record Leaf(Locality locality, NeedCode need, AgeBand band, DemandDefinition definition) {}

    /** A kind of cell whose services with spare places count for travel access. */
    record Suitable(NeedCode need, AgeBand band, DemandDefinition definition) {}

    final Map<Leaf, CellMeasures> measures = new HashMap<>();
    final Map<Leaf, Set<CapacityUnit>> units = new HashMap<>();
    final List<SufficiencyCells.CellService> behind = new ArrayList<>();
    final Map<Suitable, Set<String>> withSpare = new HashMap<>();
    /** The counts each definition counted, for travel access. */
    final Map<DemandDefinition, List<DemandCount>> counted = new HashMap<>();

    private final ReviewArea area;
    private final Map<String, Service> byId = new HashMap<>();
    private final PlacementCosts costs;

    Leaves(ReviewArea area, List<Service> services, PlacementCosts costs) {
        this.area = area;
        this.costs = costs;
        services.forEach(service -> byId.put(service.id(), service));
    }

    void add(DemandDefinition definition, List<DemandCount> demand, List<Service> services) {
        List<Service> ofCell = services.stream()
                .filter(s -> s.domain() == definition.domain() && s.tier() == definition.tier())
                .toList();
        List<DemandCount> counts = demand.stream()
                .filter(definition::counts)
                .filter(count -> definition.basis() != DemandDefinition.Basis.ELIGIBLE
                        || ofCell.stream().anyMatch(s -> ServiceAllocation.serves(s, count.need(), count.age())))
                .toList();
        counted.put(definition, counts);
        counts.forEach(count -> addChildren(definition, count));
        Map<NeedCode, Map<AgeBand, Integer>> base = proportions(definition, demand, counts);
        for (Service service : ofCell) {
            if (!Boolean.FALSE.equals(service.inArea())) {
                addService(definition, service, base, demand);
            }
        }
    }

    private void addChildren(DemandDefinition definition, DemandCount count) {
        boolean plan = count.level() == SupportLevel.EHC_PLAN;
        Service placed = count.placement().serviceId() == null
                ? null
                : byId.get(count.placement().serviceId());
        // a placement outside is counted in the cells of its own kind of provision only
        boolean outside = placed != null
                && placed.domain() == definition.domain()
                && placed.tier() == definition.tier()
                && PlacementCosts.outsideOwnProvision(placed);
        Double perYear = outside ? costs.perYear(placed) : null;
        int n = count.children();
        CellMeasures add = CellMeasures.children(
                plan ? n : 0,
                plan ? 0 : n,
                outside ? n : 0,
                perYear == null ? null : perYear * n,
                outside && perYear == null ? n : 0);
        merge(leaf(area.localityOf(count.lsoaCode()), count.need(), count.band(), definition), add);
    }

    /** LA-wide counts by need and band that share out a service's capacity: the children counted, or the tier's. */
    private static Map<NeedCode, Map<AgeBand, Integer>> proportions(
            DemandDefinition definition, List<DemandCount> demand, List<DemandCount> counted) {
        List<DemandCount> base = definition.basis() == DemandDefinition.Basis.CHILDREN
                ? counted
                : demand.stream()
                        .filter(c -> definition.servesLevel(c.level()) && c.age() >= definition.minAge())
                        .toList();
        Map<NeedCode, Map<AgeBand, Integer>> byNeed = new EnumMap<>(NeedCode.class);
        for (DemandCount count : base) {
            byNeed.computeIfAbsent(count.need(), n -> new EnumMap<>(AgeBand.class))
                    .merge(count.band(), count.children(), Integer::sum);
        }
        return byNeed;
    }

    private void addService(
            DemandDefinition definition,
            Service service,
            Map<NeedCode, Map<AgeBand, Integer>> base,
            List<DemandCount> demand) {
        List<ServiceAllocation.Share> shares = ServiceAllocation.shares(service, area, base, definition.minAge());
        if (shares.isEmpty()) {
            return;
        }
        Stream stream = Stream.of(definition, service.capacityUnit());
        Integer use = service.currentUse();
        Integer waiting = service.waitingList();
        boolean childLevel = stream.referred() && use == null && waiting == null;
        List<DemandCount> named = childLevel
                ? demand.stream()
                        .filter(c -> service.id().equals(c.placement().serviceId()))
                        .filter(c -> c.age() >= definition.minAge())
                        .toList()
                : List.of();
        Set<String> missing = missing(stream, service, childLevel && named.isEmpty());
        int[] referrals = ServiceAllocation.apportion(
                childLevel ? 0 : (use == null ? 0 : use) + (waiting == null ? 0 : waiting), shares);
        int[] waits = ServiceAllocation.apportion(waiting == null ? 0 : waiting, shares);
        Set<String> unknown = service.capacity() == null ? Set.of(service.name()) : Set.of();
        boolean spare = use == null || service.capacity() != null && use < service.capacity();
        for (int i = 0; i < shares.size(); i++) {
            ServiceAllocation.Share share = shares.get(i);
            double f = share.fraction();
            Double capacity = service.capacity() == null ? null : service.capacity() * f;
            Double inUse = use == null ? null : use * f;
            Leaf leaf = leaf(share.locality(), share.need(), share.band(), definition);
            merge(
                    leaf,
                    new CellMeasures(
                            0,
                            0,
                            stream == Stream.REFERRALS ? referrals[i] : 0,
                            stream.primary() ? capacity : null,
                            stream.primary() ? inUse : null,
                            waiting == null ? null : waits[i],
                            service.waitingWeeks(),
                            stream == Stream.SUPPORT && capacity != null
                                    ? new CellMeasures.Support(referrals[i], capacity, inUse)
                                    : null,
                            stream == Stream.HOURS && capacity != null
                                    ? new CellMeasures.Hours(capacity, inUse, waits[i])
                                    : null,
                            0,
                            null,
                            0,
                            0,
                            unknown,
                            missing));
            if (stream.primary() && service.capacityUnit() != null) {
                units.computeIfAbsent(leaf, l -> EnumSet.noneOf(CapacityUnit.class))
                        .add(service.capacityUnit());
            }
            behind.add(new SufficiencyCells.CellService(
                    new CellKey(
                            area.laCode(),
                            area.laName(),
                            share.need(),
                            share.band(),
                            definition.domain(),
                            definition.tier()),
                    service.id(),
                    f));
            if (stream == Stream.PLACES && spare && ServiceAllocation.place(service) != null) {
                withSpare
                        .computeIfAbsent(new Suitable(share.need(), share.band(), definition), s -> new HashSet<>())
                        .add(service.id());
            }
        }
        for (DemandCount count : named) {
            merge(
                    leaf(area.localityOf(count.lsoaCode()), count.need(), count.band(), definition),
                    CellMeasures.referred(
                            count.children(), count.waiting() ? count.children() : 0, count.longestWaitWeeks()));
        }
    }

    private static Set<String> missing(Stream stream, Service service, boolean noReferrals) {
        if (noReferrals) {
            return Set.of("referrals or current use and waiting list of " + service.name());
        }
        if (stream == Stream.SUPPORT && service.currentUse() == null && service.waitingList() == null) {
            return Set.of("referrals or current use and waiting list of " + service.name());
        }
        if (stream == Stream.HOURS && service.currentUse() == null) {
            return Set.of("hours in use of " + service.name());
        }
        return Set.of();
    }

    private Leaf leaf(Locality locality, NeedCode need, AgeBand band, DemandDefinition definition) {
        return new Leaf(locality, need, band, definition);
    }

    private void merge(Leaf leaf, CellMeasures add) {
        measures.merge(leaf, add, CellMeasures::plus);
    }

    /** What a service's capacity is compared with in a cell of a definition. */
    private enum Stream {
        /** places (or unknown unit) against the children counted from their records */
        PLACES,
        /** places or caseload against the services' referrals, where demand is referrals */
        REFERRALS,
        /** caseload against its referrals, in a cell whose demand is children placed */
        SUPPORT,
        /** hours against hours */
        HOURS;

        static Stream of(DemandDefinition definition, CapacityUnit unit) {
            if (unit == CapacityUnit.HOURS_PER_WEEK) {
                return HOURS;
            }
            if (definition.basis() == DemandDefinition.Basis.REFERRALS) {
                return REFERRALS;
            }
            return unit == CapacityUnit.CASELOAD ? SUPPORT : PLACES;
        }

        boolean primary() {
            return this == PLACES || this == REFERRALS;
        }

        boolean referred() {
            return this == REFERRALS;
        }
    }
}
