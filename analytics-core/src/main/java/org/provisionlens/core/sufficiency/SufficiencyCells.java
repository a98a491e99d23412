package org.provisionlens.core.sufficiency;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provisionlens.core.access.JourneyTimes;
import org.provisionlens.core.access.Place;
import org.provisionlens.core.access.TravelSettings;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.Tier;

/**
 * The sufficiency matrix of one local authority: a cell per locality (and the LA) x need (and all needs) x age band
 * (and all ages) x domain x tier, each with its measures, forecast growth and verdict. Leaf cells (a locality, a need,
 * an age band) are built from the demand and the services; every other cell is the sum of its leaves, so a parent
 * always equals the sum of its children.
 *
 * <p>Demand by tier: specialist services are for children with EHC plans, targeted services for children on SEN
 * support, universal services for both. Demand is the same whatever the domain.
 */
public final class SufficiencyCells {

    /** How the cells are judged. */
    public record Settings(VerdictThresholds thresholds, TravelSettings travel, int horizonYear) {}

    /** Forecast growth to the horizon: overall and by age band (demand at the horizon / demand now). */
    public record Growth(Double overall, Map<AgeBand, Double> byBand) {

        public Growth {
            byBand = byBand == null ? Map.of() : Map.copyOf(byBand);
        }

        Double of(AgeBand band) {
            return band == null ? overall : byBand.getOrDefault(band, overall);
        }
    }

    /** The matrix: every cell, and the services behind each LA-level need x age band x domain x tier cell. */
    public record Matrix(List<CellAssessment> cells, List<CellService> services) {}

    /** A service's share (0-1) of its capacity counted in a cell. */
    public record CellService(CellKey cell, String serviceId, double share) {}

    private record Leaf(Locality locality, NeedCode need, AgeBand band, Domain domain, Tier tier) {}

    private record Suitable(NeedCode need, AgeBand band, Domain domain, Tier tier) {}

    private SufficiencyCells() {}

    static boolean serves(Tier tier, SupportLevel level) {
        return switch (tier) {
            case SPECIALIST -> level == SupportLevel.EHC_PLAN;
            case TARGETED -> level == SupportLevel.SEN_SUPPORT;
            case UNIVERSAL -> true;
        };
    }

    public static Matrix assess(
            ReviewArea area, List<DemandCount> demand, List<Service> services, Growth growth, Settings settings) {
        Map<Leaf, CellMeasures> leaves = new HashMap<>();
        Map<Leaf, Set<CapacityUnit>> units = new HashMap<>();
        addDemand(area, demand, leaves);
        List<CellService> behind = new ArrayList<>();
        Map<Suitable, Set<String>> withSpare = addServices(area, demand, services, leaves, units, behind);
        addTravelAccess(area, demand, services, withSpare, settings.travel(), leaves);
        return new Matrix(judge(area, leaves, units, growth, settings), behind);
    }

    private static void addDemand(ReviewArea area, List<DemandCount> demand, Map<Leaf, CellMeasures> leaves) {
        for (DemandCount count : demand) {
            Locality locality = area.localityOf(count.lsoaCode());
            for (Domain domain : Domain.values()) {
                for (Tier tier : Tier.values()) {
                    if (!serves(tier, count.level())) {
                        continue;
                    }
                    boolean plan = count.level() == SupportLevel.EHC_PLAN;
                    CellMeasures add = new CellMeasures(
                            plan ? count.children() : 0,
                            plan ? 0 : count.children(),
                            null,
                            null,
                            null,
                            null,
                            count.outOfArea(),
                            null,
                            0);
                    leaves.merge(new Leaf(locality, count.need(), count.band(), domain, tier), add, CellMeasures::plus);
                }
            }
        }
    }

    /** Adds each in-area service's capacity to its cells; returns, per kind of cell, the services with spare capacity. */
    private static Map<Suitable, Set<String>> addServices(
            ReviewArea area,
            List<DemandCount> demand,
            List<Service> services,
            Map<Leaf, CellMeasures> leaves,
            Map<Leaf, Set<CapacityUnit>> units,
            List<CellService> behind) {
        Map<Tier, Map<NeedCode, Map<AgeBand, Integer>>> demandByTier = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            Map<NeedCode, Map<AgeBand, Integer>> byNeed = new EnumMap<>(NeedCode.class);
            for (DemandCount count : demand) {
                if (serves(tier, count.level())) {
                    byNeed.computeIfAbsent(count.need(), n -> new EnumMap<>(AgeBand.class))
                            .merge(count.band(), count.children(), Integer::sum);
                }
            }
            demandByTier.put(tier, byNeed);
        }
        Map<Suitable, Set<String>> withSpare = new HashMap<>();
        for (Service service : services) {
            if (Boolean.FALSE.equals(service.inArea())
                    || !ServiceAllocation.countsChildren(service)
                    || service.domain() == null
                    || service.tier() == null) {
                continue;
            }
            List<ServiceAllocation.Share> shares =
                    ServiceAllocation.shares(service, area, demandByTier.get(service.tier()));
            ServiceAllocation.Share largest = shares.stream()
                    .max(java.util.Comparator.comparingDouble(ServiceAllocation.Share::fraction))
                    .orElse(null);
            double capacity = service.capacity();
            boolean spare = service.currentUse() == null || service.currentUse() < capacity;
            for (ServiceAllocation.Share share : shares) {
                Leaf leaf = new Leaf(share.locality(), share.need(), share.band(), service.domain(), service.tier());
                CellMeasures add = new CellMeasures(
                        0,
                        0,
                        capacity * share.fraction(),
                        service.currentUse() == null ? null : service.currentUse() * share.fraction(),
                        share == largest ? service.waitingList() : null,
                        service.waitingWeeks(),
                        0,
                        null,
                        0);
                leaves.merge(leaf, add, CellMeasures::plus);
                units.computeIfAbsent(leaf, l -> EnumSet.noneOf(CapacityUnit.class))
                        .add(service.capacityUnit());
                behind.add(new CellService(
                        new CellKey(
                                area.laCode(),
                                area.laName(),
                                share.need(),
                                share.band(),
                                service.domain(),
                                service.tier()),
                        service.id(),
                        share.fraction()));
                if (spare && ServiceAllocation.place(service) != null) {
                    withSpare
                            .computeIfAbsent(
                                    new Suitable(share.need(), share.band(), service.domain(), service.tier()),
                                    s -> new HashSet<>())
                            .add(service.id());
                }
            }
        }
        return withSpare;
    }

    private static void addTravelAccess(
            ReviewArea area,
            List<DemandCount> demand,
            List<Service> services,
            Map<Suitable, Set<String>> withSpare,
            TravelSettings travel,
            Map<Leaf, CellMeasures> leaves) {
        List<Place> destinations = services.stream()
                .map(ServiceAllocation::place)
                .filter(java.util.Objects::nonNull)
                .toList();
        List<Place> origins = area.centroids().entrySet().stream()
                .map(entry -> new Place(
                        entry.getKey(),
                        entry.getValue().latitude(),
                        entry.getValue().longitude()))
                .toList();
        JourneyTimes journeys = new JourneyTimes(origins, destinations, travel);
        for (DemandCount count : demand) {
            if (count.lsoaCode() == null || !area.centroids().containsKey(count.lsoaCode())) {
                continue;
            }
            Locality locality = area.localityOf(count.lsoaCode());
            for (Domain domain : Domain.values()) {
                for (Tier tier : Tier.values()) {
                    Set<String> suitable = withSpare.get(new Suitable(count.need(), count.band(), domain, tier));
                    if (!serves(tier, count.level())
                            || suitable == null
                            || !journeys.withinReach(count.lsoaCode(), suitable)) {
                        continue;
                    }
                    leaves.compute(
                            new Leaf(locality, count.need(), count.band(), domain, tier),
                            (leaf, m) -> withReach(m == null ? CellMeasures.empty() : m, count.children()));
                }
            }
        }
    }

    private static CellMeasures withReach(CellMeasures m, int children) {
        return new CellMeasures(
                m.ehcPlans(),
                m.senSupport(),
                m.capacity(),
                m.inUse(),
                m.waitingList(),
                m.maxWaitingWeeks(),
                m.outOfArea(),
                m.outOfAreaCost(),
                m.withinReach() + children);
    }

    private static List<CellAssessment> judge(
            ReviewArea area,
            Map<Leaf, CellMeasures> leaves,
            Map<Leaf, Set<CapacityUnit>> units,
            Growth growth,
            Settings settings) {
        Map<CellKey, CellMeasures> cells = new LinkedHashMap<>();
        Map<CellKey, Set<CapacityUnit>> cellUnits = new HashMap<>();
        for (Map.Entry<Leaf, CellMeasures> entry : leaves.entrySet()) {
            Leaf leaf = entry.getKey();
            for (CellKey key : parents(area, leaf)) {
                cells.merge(key, entry.getValue(), CellMeasures::plus);
                cellUnits
                        .computeIfAbsent(key, k -> EnumSet.noneOf(CapacityUnit.class))
                        .addAll(units.getOrDefault(leaf, Set.of()));
            }
        }
        List<CellAssessment> assessed = new ArrayList<>();
        for (Map.Entry<CellKey, CellMeasures> cell : cells.entrySet()) {
            CellKey key = cell.getKey();
            Double cellGrowth = growth.of(key.ageBand());
            String unit = unitLabel(cellUnits.get(key));
            Verdict verdict = CellVerdicts.assess(
                    key,
                    cell.getValue(),
                    cellGrowth,
                    settings.horizonYear(),
                    area.laName(),
                    unit,
                    settings.thresholds());
            assessed.add(new CellAssessment(
                    key,
                    cell.getValue(),
                    cell.getValue().capacity() == null ? null : unit,
                    cellGrowth,
                    settings.horizonYear(),
                    verdict));
        }
        return assessed;
    }

    /** The leaf's own cell and every cell it adds up into: all needs, all ages, both, and the same at LA level. */
    private static List<CellKey> parents(ReviewArea area, Leaf leaf) {
        List<CellKey> keys = new ArrayList<>(8);
        for (boolean laLevel : new boolean[] {false, true}) {
            String code = laLevel ? area.laCode() : leaf.locality().code();
            String name = laLevel ? area.laName() : leaf.locality().name();
            keys.add(new CellKey(code, name, leaf.need(), leaf.band(), leaf.domain(), leaf.tier()));
            keys.add(new CellKey(code, name, null, leaf.band(), leaf.domain(), leaf.tier()));
            keys.add(new CellKey(code, name, leaf.need(), null, leaf.domain(), leaf.tier()));
            keys.add(new CellKey(code, name, null, null, leaf.domain(), leaf.tier()));
        }
        return keys;
    }

    private static String unitLabel(Set<CapacityUnit> units) {
        if (units == null || units.isEmpty() || units.equals(EnumSet.of(CapacityUnit.PLACES))) {
            return "places";
        }
        return units.contains(CapacityUnit.PLACES) ? "places and caseload" : "caseload";
    }
}
