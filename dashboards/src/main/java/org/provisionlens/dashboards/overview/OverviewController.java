package org.provisionlens.dashboards.overview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OverviewController {

    private final OverviewRepository repository;

    OverviewController(OverviewRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/")
    String overview(Model model) {
        model.addAttribute("summaries", repository.publishedSummaries());
        return "overview";
    }
}
