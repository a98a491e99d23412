package org.provisionlens.core.sufficiency;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provisionlens.core.access.JourneyTimes;
import org.provisionlens.core.access.Place;
import org.provisionlens.core.access.TravelSettings;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Service;

/**
 * The sufficiency matrix of one local authority: a cell per locality (and the LA) x need (and all needs) x age band
 * (and all ages) x domain x tier, each with its measures, forecast growth and verdict. Leaf cells (a locality, a need,
 * an age band) are built from the demand and the services; every other cell is the sum of its leaves, so a parent
 * always equals the sum of its children.
 *
 * <p>Who counts as demand is the {@link DemandDefinition} of the cell's domain and tier: it is need for that kind of
 * provision, not every child with SEN.
 */
public final class SufficiencyCells {

    /** How the cells are judged, and what placements outside the LA's own provision cost. */
    public record Settings(VerdictThresholds thresholds, TravelSettings travel, int horizonYear, PlacementCosts costs) {

        public Settings {
            costs = costs == null ? PlacementCosts.none() : costs;
        }

        public Settings(VerdictThresholds thresholds, TravelSettings travel, int horizonYear) {
            this(thresholds, travel, horizonYear, PlacementCosts.none());
        }
    }

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

    private SufficiencyCells() {}

    public static Matrix assess(
            ReviewArea area, List<DemandCount> demand, List<Service> services, Growth growth, Settings settings) {
        return assess(area, demand, services, growth, settings, definition -> true);
    }

    /**
     * The cells of some demand definitions only (each domain x tier's cells depend only on the demand and on the
     * services of that domain and tier): the same cells as the whole matrix has for them, for less work.
     */
    public static Matrix assess(
            ReviewArea area,
            List<DemandCount> demand,
            List<Service> services,
            Growth growth,
            Settings settings,
            java.util.function.Predicate<DemandDefinition> definitions) {
        Leaves leaves = new Leaves(area, services, settings.costs());
        for (DemandDefinition definition : DemandDefinition.all()) {
            if (definitions.test(definition)) {
                leaves.add(definition, demand, services);
            }
        }
        addTravelAccess(area, services, leaves, settings.travel());
        return new Matrix(judge(area, leaves, growth, settings), leaves.behind);
    }

    private static void addTravelAccess(ReviewArea area, List<Service> services, Leaves leaves, TravelSettings travel) {
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
        leaves.counted.forEach((definition, counts) -> {
            for (DemandCount count : counts) {
                Set<String> suitable =
                        leaves.withSpare.get(new Leaves.Suitable(count.need(), count.band(), definition));
                if (count.lsoaCode() == null
                        || !area.centroids().containsKey(count.lsoaCode())
                        || suitable == null
                        || !journeys.withinReach(count.lsoaCode(), suitable)) {
                    continue;
                }
                leaves.measures.compute(
                        new Leaves.Leaf(area.localityOf(count.lsoaCode()), count.need(), count.band(), definition),
                        (leaf, m) -> withReach(m, count.children()));
            }
        });
    }

    private static CellMeasures withReach(CellMeasures m, int children) {
        return new CellMeasures(
                m.ehcPlans(),
                m.senSupport(),
                m.referrals(),
                m.capacity(),
                m.inUse(),
                m.waitingList(),
                m.maxWaitingWeeks(),
                m.support(),
                m.hours(),
                m.outOfArea(),
                m.outOfAreaCost(),
                m.outOfAreaCostUnknown(),
                m.withinReach() + children,
                m.unknownCapacity(),
                m.missing());
    }

    private static List<CellAssessment> judge(ReviewArea area, Leaves leaves, Growth growth, Settings settings) {
        Map<CellKey, CellMeasures> cells = new LinkedHashMap<>();
        Map<CellKey, Set<CapacityUnit>> cellUnits = new HashMap<>();
        for (Map.Entry<Leaves.Leaf, CellMeasures> entry : leaves.measures.entrySet()) {
            Leaves.Leaf leaf = entry.getKey();
            for (CellKey key : parents(area, leaf)) {
                cells.merge(key, entry.getValue(), CellMeasures::plus);
                cellUnits
                        .computeIfAbsent(key, k -> EnumSet.noneOf(CapacityUnit.class))
                        .addAll(leaves.units.getOrDefault(leaf, Set.of()));
            }
        }
        List<CellAssessment> assessed = new ArrayList<>();
        for (Map.Entry<CellKey, CellMeasures> sum : cells.entrySet()) {
            Map.Entry<CellKey, CellMeasures> cell =
                    Map.entry(sum.getKey(), sum.getValue().tidy());
            CellKey key = cell.getKey();
            // the forecast is of EHC plans: it is applied to children counted from their records, never to referrals
            Double cellGrowth =
                    DemandDefinition.of(key.domain(), key.tier()).basis() == DemandDefinition.Basis.REFERRALS
                            ? null
                            : growth.of(key.ageBand());
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
    private static List<CellKey> parents(ReviewArea area, Leaves.Leaf leaf) {
        List<CellKey> keys = new ArrayList<>(8);
        var domain = leaf.definition().domain();
        var tier = leaf.definition().tier();
        for (boolean laLevel : new boolean[] {false, true}) {
            String code = laLevel ? area.laCode() : leaf.locality().code();
            String name = laLevel ? area.laName() : leaf.locality().name();
            keys.add(new CellKey(code, name, leaf.need(), leaf.band(), domain, tier));
            keys.add(new CellKey(code, name, null, leaf.band(), domain, tier));
            keys.add(new CellKey(code, name, leaf.need(), null, domain, tier));
            keys.add(new CellKey(code, name, null, null, domain, tier));
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
