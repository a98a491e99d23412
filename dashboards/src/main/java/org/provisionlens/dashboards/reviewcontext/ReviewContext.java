package org.provisionlens.dashboards.reviewcontext;

import java.util.List;
import org.provisionlens.dashboards.RunCache;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;

/**
 * What the review pages show beside the cells: how verdicts are set for the review, and the NHS community health waits
 * of the local authority's ICB against England's.
 */
@Service
public class ReviewContext {

    static final String HEALTH = "HEALTH";

    private final ReviewContextRepository repository;

    // a published run's thresholds and waits never change (RunCache)
    private final RunCache<VerdictRules> rules = new RunCache<>(256);
    private final RunCache<CommunityWaits> waits = new RunCache<>(256);

    ReviewContext(ReviewContextRepository repository) {
        this.repository = repository;
    }

    /** Adds {@code verdictRules} and {@code nhsWaits} for the review page of the run. */
    public void addToReviewPage(Model model, long runId) {
        model.addAttribute("verdictRules", rules(runId));
        model.addAttribute("nhsWaits", waits(runId));
    }

    /**
     * Adds {@code verdictRules} for a cell's page, and for a health cell {@code cellWaits}: the ICB's waits for the
     * therapies the cell's services provide.
     */
    public void addToCellPage(Model model, long runId, String domain, List<String> serviceNames) {
        model.addAttribute("verdictRules", rules(runId));
        if (HEALTH.equals(domain)) {
            model.addAttribute("cellWaits", CellWaits.of(waits(runId), serviceNames));
        }
    }

    public VerdictRules rules(long runId) {
        return rules.get(runId, () -> new VerdictRules(repository.thresholds(runId)));
    }

    public CommunityWaits waits(long runId) {
        return waits.get(runId, () -> new CommunityWaits(repository.waits(runId)));
    }
}
