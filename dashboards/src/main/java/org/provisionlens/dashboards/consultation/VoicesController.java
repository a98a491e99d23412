package org.provisionlens.dashboards.consultation;

import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
import org.provisionlens.dashboards.RunCache;
import org.provisionlens.dashboards.downloads.Csv;
import org.provisionlens.dashboards.downloads.Table;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Whose voice is heard (regulation 55): comments by who wrote them and how they came, and the children's own. */
@Controller
class VoicesController {

    private final PublishedRuns runs;
    private final VoicesRepository repository;

    VoicesController(PublishedRuns runs, VoicesRepository repository) {
        this.runs = runs;
        this.repository = repository;
    }

    @GetMapping("/comments/voices")
    String page(@RequestParam(name = "la", required = false) String laCode, Model model) {
        model.addAttribute("publishedRuns", runs.all());
        runs.published(laCode).ifPresent(run -> model.addAttribute("voices", voices(run)));
        return "consultation/voices";
    }

    /** The two breakdowns as published: suppressed counts as their words, never the number. */
    @GetMapping("/comments/voices.csv")
    ResponseEntity<String> csv(@RequestParam(name = "la", required = false) String laCode) {
        PublishedRun run = runs.published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
        Voices voices = voices(run);
        Table.Builder table = Table.named("voices", "breakdown", "category", "needs_internet", "comments");
        for (CountRow row : voices.byRespondent()) {
            table.row("respondent type", row.label(), null, row.cell());
        }
        for (CountRow row : voices.byChannel()) {
            table.row("channel", row.label(), row.needsInternet() == null ? null : row.internetText(), row.cell());
        }
        return Csv.attachment(
                Csv.fileName(run.laCode(), run.runId(), "voices"), table.build().csv());
    }

    // derived from the published run only, which never changes: kept by run id (RunCache)
    private final RunCache<Voices> voices = new RunCache<>(200);

    private Voices voices(PublishedRun run) {
        return voices.get(run.runId(), () -> read(run));
    }

    private Voices read(PublishedRun run) {
        return Voices.of(
                run,
                repository.tallies(run.runId()),
                repository.childrensThemes(run.runId()),
                repository.childrensComments(run.runId()));
    }
}
