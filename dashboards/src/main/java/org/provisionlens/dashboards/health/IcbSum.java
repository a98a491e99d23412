package org.provisionlens.dashboards.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;
import org.provisionlens.core.sufficiency.CellAssessment;
import org.provisionlens.core.sufficiency.CellKey;
import org.provisionlens.core.sufficiency.CellMeasures;
import org.provisionlens.core.sufficiency.CellVerdicts;
import org.provisionlens.core.sufficiency.Verdict;
import org.provisionlens.core.sufficiency.VerdictThresholds;

/**
 * Adds the LA-level health and social care cells of the ICB's published LAs, domain by domain and tier by tier, and
 * judges each sum by the same rules as any cell ({@link CellVerdicts}), with the thresholds of the review being read.
 * Counts and capacities add; a service of unknown capacity or an input missing in any LA stays so in the sum; the
 * forecast is the sum of the LAs' forecast demand.
 */
final class IcbSum {

    /** An LA's cell and the names of its services (of that domain and tier) whose capacity is unknown. */
    record Part(String laName, CareCell cell, Set<String> unknownCapacity) {}

    private IcbSum() {}

    static List<IcbCell> of(
            String icbCode, String icbName, List<Part> parts, VerdictThresholds thresholds, int horizonYear) {
        Map<String, List<Part>> byCell = new LinkedHashMap<>();
        parts.stream()
                .sorted(java.util.Comparator.comparing((Part p) -> p.cell().domain())
                        .thenComparing(p -> Tier.valueOf(p.cell().tier()))
                        .thenComparing(Part::laName))
                .forEach(p -> byCell.computeIfAbsent(
                                p.cell().domain() + "|" + p.cell().tier(), k -> new ArrayList<>())
                        .add(p));
        List<IcbCell> cells = new ArrayList<>();
        for (List<Part> same : byCell.values()) {
            cells.add(judge(icbCode, icbName, same, thresholds, horizonYear));
        }
        return cells;
    }

    private static IcbCell judge(
            String icbCode, String icbName, List<Part> parts, VerdictThresholds thresholds, int horizonYear) {
        CareCell first = parts.get(0).cell();
        CellMeasures sum = null;
        double forecast = 0;
        boolean forecastKnown = false;
        Set<String> units = new TreeSet<>();
        List<String> laNames = new ArrayList<>();
        for (Part part : parts) {
            CellMeasures m = part.cell().measures(part.unknownCapacity(), part.laName());
            sum = sum == null ? m : sum.plus(m);
            forecast += part.cell().forecastDemand();
            forecastKnown |= part.cell().growth() != null;
            if (part.cell().capacityUnit() != null) {
                units.add(part.cell().capacityUnit());
            }
            laNames.add(part.laName());
        }
        CellMeasures measures = sum.tidy();
        Double growth = forecastKnown && measures.demand() > 0 ? forecast / measures.demand() : null;
        String unit = units.isEmpty()
                ? "places"
                : units.size() == 1 ? units.iterator().next() : "places and caseload";
        CellKey key =
                new CellKey(icbCode, icbName, null, null, Domain.valueOf(first.domain()), Tier.valueOf(first.tier()));
        Verdict verdict = CellVerdicts.assess(key, measures, growth, horizonYear, "their own LA", unit, thresholds);
        return new IcbCell(
                first.domain(),
                first.tier(),
                laNames,
                new CellAssessment(
                        key, measures, measures.capacity() == null ? null : unit, growth, horizonYear, verdict));
    }
}
