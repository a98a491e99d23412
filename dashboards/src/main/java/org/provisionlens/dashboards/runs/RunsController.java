package org.provisionlens.dashboards.runs;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class RunsController {

    private final RunsRepository repository;
    private final RunsSettings settings;

    RunsController(RunsRepository repository, RunsSettings settings) {
        this.repository = repository;
        this.settings = settings;
    }

    /**
     * While a run is running the page offers to refresh itself; it refreshes only when asked ({@code ?refresh=true}),
     * and says how to stop, so that the timing stays under the reader's control (WCAG 2.2.1).
     */
    @GetMapping("/runs")
    String runs(
            @RequestParam(name = "refresh", defaultValue = "false") boolean refresh,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        List<RunRow> runs = repository.runs();
        model.addAttribute("runs", runs);
        // a run's own page lists quarantined values: the review panel sees the list without links to it
        model.addAttribute("opensRuns", request.isUserInRole("COMMISSIONER") || request.isUserInRole("ADMIN"));
        refreshing(runs.stream().anyMatch(RunRow::running), refresh, model);
        return "runs/list";
    }

    private void refreshing(boolean running, boolean refresh, Model model) {
        model.addAttribute("running", running);
        model.addAttribute("refreshEvery", settings.refreshSeconds());
        if (running && refresh) {
            model.addAttribute("refreshSeconds", settings.refreshSeconds());
        }
    }

    @GetMapping("/runs/{runId}")
    String run(
            @PathVariable("runId") long runId,
            @RequestParam(name = "refresh", defaultValue = "false") boolean refresh,
            Model model) {
        RunRow run = repository
                .run(runId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No review run " + runId));
        model.addAttribute("run", run);
        model.addAttribute("quarantine", repository.quarantine(runId, settings.quarantineLimit()));
        model.addAttribute("quarantineCount", repository.quarantineCount(runId));
        model.addAttribute("quarantineLimit", settings.quarantineLimit());
        model.addAttribute("findings", repository.findings(runId, settings.quarantineLimit()));
        model.addAttribute("findingCount", repository.findingCount(runId));
        refreshing(run.running(), refresh, model);
        return "runs/detail";
    }
}
