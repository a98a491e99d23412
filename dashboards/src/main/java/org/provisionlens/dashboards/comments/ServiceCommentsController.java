package org.provisionlens.dashboards.comments;

import org.provisionlens.dashboards.PublishedRun;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Signed in: the anonymised comments about a service, and the theme trends of the local authority. */
@Controller
class ServiceCommentsController {

    private final CommentsRepository runs;
    private final ServiceCommentsRepository repository;

    ServiceCommentsController(CommentsRepository runs, ServiceCommentsRepository repository) {
        this.runs = runs;
        this.repository = repository;
    }

    @GetMapping("/comments")
    String comments(
            @RequestParam(name = "service", required = false) String serviceId,
            @RequestParam(name = "la", required = false) String laCode,
            Model model) {
        PublishedRun run = runs.published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
        model.addAttribute("run", run);
        model.addAttribute("publishedRuns", runs.publishedRuns());
        if (serviceId != null && !serviceId.isBlank()) {
            model.addAttribute("serviceId", serviceId.trim());
            model.addAttribute("serviceName", repository.serviceName(run, serviceId.trim()));
            model.addAttribute("comments", repository.comments(run, serviceId.trim()));
        }
        Trends trends = repository.trends(run.laCode());
        model.addAttribute("trends", trends);
        model.addAttribute("trendsTitle", CommentCharts.TRENDS_TITLE);
        model.addAttribute("trendsChart", trends.lines().isEmpty() ? null : CommentCharts.trendsSvg(trends));
        return "comments/service";
    }
}
