package org.provisionlens.dashboards.review;

import java.util.List;
import org.provisionlens.dashboards.PublishedRun;
import org.springframework.ui.Model;

/** What every review page's filter form needs. */
final class ReviewPageModel {

    private ReviewPageModel() {}

    static void common(Model model, List<PublishedRun> runs, String requestedLa, ReviewFilter filter) {
        model.addAttribute("publishedRuns", runs);
        model.addAttribute("requestedLa", requestedLa);
        model.addAttribute("filter", filter);
        model.addAttribute("ageOptions", ReviewFilter.ageOptions());
        model.addAttribute("domainOptions", ReviewFilter.domainOptions());
        model.addAttribute("tierOptions", ReviewFilter.tierOptions());
        model.addAttribute("verdictOptions", ReviewFilter.verdictOptions());
    }
}
