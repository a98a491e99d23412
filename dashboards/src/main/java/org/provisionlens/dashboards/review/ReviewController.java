package org.provisionlens.dashboards.review;

import org.provisionlens.dashboards.reviewcontext.ReviewContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sufficiency review: verdict counts, the comparison with the last review, and the heat map. */
@Controller
class ReviewController {

    private final Reviews reviews;
    private final ReviewContext context;

    ReviewController(Reviews reviews, ReviewContext context) {
        this.reviews = reviews;
        this.context = context;
    }

    @GetMapping("/review")
    String review(
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam(name = "age", required = false) String age,
            @RequestParam(name = "domain", required = false) String domain,
            @RequestParam(name = "tier", required = false) String tier,
            @RequestParam(name = "verdict", required = false) String verdict,
            Model model) {
        ReviewFilter filter = ReviewFilter.of(age, domain, tier, verdict);
        ReviewPageModel.common(model, reviews.publishedRuns(), laCode, filter);
        reviews.published(laCode).ifPresent(run -> {
            HeatMap heatMap = reviews.heatMap(run, filter);
            model.addAttribute("run", run);
            model.addAttribute("heatMap", heatMap);
            model.addAttribute("counts", VerdictCounts.of(heatMap.cells()));
            model.addAttribute("comparison", reviews.comparison(run, filter, heatMap));
            model.addAttribute("verdicts", VerdictBadge.all());
            context.addToReviewPage(model, run.runId());
        });
        return "review/page";
    }
}
