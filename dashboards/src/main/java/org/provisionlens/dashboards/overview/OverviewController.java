package org.provisionlens.dashboards.overview;

import org.provisionlens.dashboards.PublishedRuns;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OverviewController {

    private final OverviewRepository repository;
    private final PublishedRuns runs;

    OverviewController(OverviewRepository repository, PublishedRuns runs) {
        this.repository = repository;
        this.runs = runs;
    }

    @GetMapping("/")
    String overview(Model model) {
        model.addAttribute("summaries", repository.publishedSummaries());
        model.addAttribute("publishedRuns", runs.all());
        return "overview";
    }
}
