package org.provisionlens.dashboards.proposals;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.BaselineLoader;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.ImpactModel;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.Scenario;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.RunCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The what-if, in process: the LA's published run loaded once into a {@link Baseline} and kept while that run stays
 * published (a newly published run replaces it), and proposals evaluated against it under every scenario.
 */
@Component
class WhatIf {

    private static final Logger LOG = LoggerFactory.getLogger(WhatIf.class);

    private final JdbcPublishedRows rows;
    private final Map<String, Baseline> baselines = new ConcurrentHashMap<>();
    private final Map<String, Object> loading = new ConcurrentHashMap<>();
    private final Set<Long> unloadable = ConcurrentHashMap.newKeySet();

    /**
     * Impacts by run and proposal: the published run never changes, and the proposal (a record of everything the
     * model reads) is the key, so a proposal saved again with other changes is evaluated again.
     */
    private final RunCache<Map<Scenario, Impact>> impacts = new RunCache<>(256);

    WhatIf(JdbcTemplate jdbc) {
        this.rows = new JdbcPublishedRows(jdbc);
    }

    /** The baseline of the LA's published run (loaded on first use, and again when another run is published). */
    Optional<Baseline> baseline(PublishedRun run) {
        Baseline cached = baselines.get(run.laCode());
        if (cached != null && cached.runId() == run.runId()) {
            return Optional.of(cached);
        }
        if (unloadable.contains(run.runId())) {
            return Optional.empty();
        }
        // one load per LA at a time: the others wait for it rather than load the same run again
        synchronized (loading.computeIfAbsent(run.laCode(), la -> new Object())) {
            cached = baselines.get(run.laCode());
            if (cached != null && cached.runId() == run.runId()) {
                return Optional.of(cached);
            }
            return load(run);
        }
    }

    private Optional<Baseline> load(PublishedRun run) {
        long start = System.nanoTime();
        Optional<Baseline> loaded;
        try {
            loaded = BaselineLoader.load(rows, run.laCode());
        } catch (RuntimeException e) {
            // a run published before the what-if existed may lack what it needs: the pages say it cannot be loaded
            // (and it never will be: a published run does not change, so it is not tried again)
            LOG.warn("The published run {} of {} cannot be loaded for the what-if", run.runId(), run.laCode(), e);
            unloadable.add(run.runId());
            return Optional.empty();
        }
        loaded.ifPresent(baseline -> baselines.put(run.laCode(), baseline));
        LOG.info(
                "Loaded the baseline of {} (run {}) in {} ms",
                run.laCode(),
                loaded.map(Baseline::runId).orElse(null),
                (System.nanoTime() - start) / 1_000_000);
        return loaded;
    }

    /** The proposal's impact under the low, central and high forecasts. */
    Map<Scenario, Impact> impacts(Baseline baseline, Proposal proposal) {
        return impacts.get(baseline.runId(), proposal, () -> evaluate(baseline, proposal));
    }

    private Map<Scenario, Impact> evaluate(Baseline baseline, Proposal proposal) {
        long start = System.nanoTime();
        Map<Scenario, Impact> impacts = ImpactModel.evaluate(baseline, proposal);
        LOG.info(
                "What-if {} for {} (run {}): 3 scenarios in {} ms",
                proposal.id(),
                proposal.laCode(),
                baseline.runId(),
                (System.nanoTime() - start) / 1_000_000);
        return impacts;
    }
}
