package org.provisionlens.core.reorganisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.Tier;
import org.provisionlens.core.sufficiency.CellAssessment;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.SufficiencyCells;

/**
 * What every proposal against a baseline shares, worked out once: the services by id, the children whose records
 * name each service, and the sufficiency cells before any change, per scenario and per domain and tier (only those a
 * proposal touches are ever worked out). Kept for the last few baselines (by identity: a baseline is loaded once and
 * evaluated many times).
 */
final class Prepared {

    private static final int KEPT = 8;
    private static final java.util.Deque<Prepared> CACHE = new java.util.ArrayDeque<>();

    final Baseline baseline;
    private final Map<String, Service> byId = new HashMap<>();
    private final Map<String, Integer> recorded = new HashMap<>();
    private final Map<String, List<CellAssessment>> byKind = new HashMap<>();

    private Prepared(Baseline baseline) {
        this.baseline = baseline;
        baseline.services().forEach(s -> byId.put(s.id(), s));
        for (DemandCount count : baseline.demand()) {
            if (count.placement().serviceId() != null) {
                recorded.merge(count.placement().serviceId(), count.children(), Integer::sum);
            }
        }
    }

    static Prepared of(Baseline baseline) {
        synchronized (CACHE) {
            for (Prepared prepared : CACHE) {
                if (prepared.baseline == baseline) {
                    CACHE.remove(prepared);
                    CACHE.addFirst(prepared);
                    return prepared;
                }
            }
            Prepared prepared = new Prepared(baseline);
            CACHE.addFirst(prepared);
            if (CACHE.size() > KEPT) {
                CACHE.removeLast();
            }
            return prepared;
        }
    }

    Service before(String serviceId) {
        return byId.get(serviceId);
    }

    /** Children whose records name the service. */
    int recorded(String serviceId) {
        return recorded.getOrDefault(serviceId, 0);
    }

    /** The service's users: its current use, or the children whose records name it when more. */
    int users(String serviceId) {
        Service s = byId.get(serviceId);
        int use = s == null || s.currentUse() == null ? 0 : s.currentUse();
        return Math.max(use, recorded(serviceId));
    }

    /**
     * Users of a service after the proposal who are not reallocated: everyone using it when it is unchanged; when it
     * is changed (or takes in merged services), those in its listing's use but not in the child records.
     */
    int background(Service after, AppliedProposal applied) {
        int users = 0;
        for (String source :
                byId.containsKey(after.id()) ? sourcesOf(after.id(), applied) : java.util.List.<String>of()) {
            users += applied.changed().contains(source) ? Math.max(0, users(source) - recorded(source)) : users(source);
        }
        return users;
    }

    private static java.util.List<String> sourcesOf(String id, AppliedProposal applied) {
        java.util.List<String> sources = new java.util.ArrayList<>();
        sources.add(id);
        applied.mergedInto().forEach((from, into) -> {
            if (into.equals(id)) {
                sources.add(from);
            }
        });
        return sources;
    }

    /**
     * The cells of one domain and tier before any change, under a scenario's growth (each domain and tier's cells
     * depend only on the demand and on its own services, so they are worked out one at a time, when first needed).
     */
    List<CellAssessment> before(Scenario scenario, double growth, Domain domain, Tier tier) {
        String key = scenario + "/" + domain + "/" + tier;
        synchronized (byKind) {
            List<CellAssessment> cells = byKind.get(key);
            if (cells == null) {
                cells = SufficiencyCells.assess(
                                baseline.area(),
                                baseline.demand(),
                                baseline.services().stream()
                                        .filter(s -> s.domain() == domain && s.tier() == tier)
                                        .toList(),
                                new SufficiencyCells.Growth(growth, null),
                                baseline.settings(),
                                definition -> definition.domain() == domain && definition.tier() == tier)
                        .cells();
                byKind.put(key, cells);
            }
            return cells;
        }
    }
}
