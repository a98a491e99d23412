package org.provisionlens.dashboards.runs;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class RunsController {

    private final RunsRepository repository;
    private final RunsSettings settings;

    RunsController(RunsRepository repository, RunsSettings settings) {
        this.repository = repository;
        this.settings = settings;
    }

    @GetMapping("/runs")
    String runs(Model model) {
        List<RunRow> runs = repository.runs();
        model.addAttribute("runs", runs);
        if (runs.stream().anyMatch(RunRow::running)) {
            model.addAttribute("refreshSeconds", settings.refreshSeconds());
        }
        return "runs/list";
    }

    @GetMapping("/runs/{runId}")
    String run(@PathVariable("runId") long runId, Model model) {
        RunRow run = repository
                .run(runId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No review run " + runId));
        model.addAttribute("run", run);
        model.addAttribute("quarantine", repository.quarantine(runId, settings.quarantineLimit()));
        model.addAttribute("quarantineCount", repository.quarantineCount(runId));
        model.addAttribute("quarantineLimit", settings.quarantineLimit());
        if (run.running()) {
            model.addAttribute("refreshSeconds", settings.refreshSeconds());
        }
        return "runs/detail";
    }
}
