package org.provisionlens.core.reorganisation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.Tier;
import org.provisionlens.core.sufficiency.SufficiencyCells;

/**
 * The sufficiency cells after a proposal, compared with those before. A domain x tier's cells depend only on the
 * demand and on that domain and tier's services, and children move only between services of the same kind, so only
 * the domains and tiers of the services a proposal names, opens or places children out of area in can change, and
 * those the children who take up added places leave (mainstream, a waiting list, an out-of-area placement): only
 * those are assessed again (the rest are the same as before, by construction).
 */
final class CellsAfter {

    private record Kind(Domain domain, Tier tier) {}

    private CellsAfter() {}

    static List<Impact.CellChange> compare(
            Prepared prepared, AppliedProposal applied, AfterState after, Scenario scenario, double growth) {
        Set<Kind> touched = touched(prepared, applied, after);
        if (touched.isEmpty()) {
            return List.of();
        }
        Baseline baseline = prepared.baseline;
        SufficiencyCells.Matrix afterCells = SufficiencyCells.assess(
                baseline.area(),
                after.demand,
                after.services.stream()
                        .filter(s -> touched.contains(new Kind(s.domain(), s.tier())))
                        .toList(),
                new SufficiencyCells.Growth(growth, null),
                baseline.settings(),
                definition -> touched.contains(new Kind(definition.domain(), definition.tier())));
        List<org.provisionlens.core.sufficiency.CellAssessment> cells = new java.util.ArrayList<>();
        for (Kind kind : touched) {
            cells.addAll(prepared.before(scenario, growth, kind.domain(), kind.tier()));
        }
        SufficiencyCells.Matrix beforeTouched = new SufficiencyCells.Matrix(cells, List.of());
        return CellComparison.compare(beforeTouched, afterCells);
    }

    private static Set<Kind> touched(Prepared prepared, AppliedProposal applied, AfterState after) {
        Set<Kind> touched = new HashSet<>();
        for (String id : applied.named()) {
            Service s = prepared.before(id);
            touched.add(new Kind(s.domain(), s.tier()));
        }
        for (Service s : after.services) {
            if (applied.named().contains(s.id()) || prepared.before(s.id()) == null) {
                touched.add(new Kind(s.domain(), s.tier()));
            }
        }
        if (!after.leftByUptake.isEmpty()) {
            // children with plans waiting for anything count as demand for specialist settings: those who take up
            // added places (of any kind) no longer wait
            touched.add(new Kind(Domain.EDUCATION, Tier.SPECIALIST));
        }
        for (org.provisionlens.core.sufficiency.Placement left : after.leftByUptake) {
            Service s = left.serviceId() == null ? null : prepared.before(left.serviceId());
            if (s != null) {
                touched.add(new Kind(s.domain(), s.tier()));
            } else if (left.kind() == org.provisionlens.core.sufficiency.SettingKind.MAINSTREAM) {
                // a child who leaves mainstream for an added specialist place leaves the mainstream cells' demand
                touched.add(new Kind(Domain.EDUCATION, Tier.UNIVERSAL));
            }
        }
        touched.removeIf(k -> k.domain() == null || k.tier() == null);
        return touched;
    }
}
