package org.provisionlens.dashboards.consultation;

import java.time.ZoneId;
import org.provisionlens.core.consultation.ReviewYear;
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

/** The consultation register of the published run (regulation 54), group by group, and its CSV. */
@Controller
class RegisterController {

    private final PublishedRuns runs;
    private final ConsultationRepository repository;

    RegisterController(PublishedRuns runs, ConsultationRepository repository) {
        this.runs = runs;
        this.repository = repository;
    }

    @GetMapping("/consultation")
    String page(@RequestParam(name = "la", required = false) String laCode, Model model) {
        model.addAttribute("publishedRuns", runs.all());
        runs.published(laCode).ifPresent(run -> model.addAttribute("register", register(run)));
        return "consultation/register";
    }

    @GetMapping("/consultation.csv")
    ResponseEntity<String> csv(@RequestParam(name = "la", required = false) String laCode) {
        PublishedRun run = runs.published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
        Register register = register(run);
        Table.Builder table = Table.named(
                "consultation",
                "regulation",
                "consultee_group",
                "label",
                "required",
                "year_from",
                "year_to",
                "activities_in_year",
                "methods_in_year",
                "last_consulted",
                "status");
        for (Register.Row row : register.groups()) {
            table.row(
                    row.regulation(),
                    row.code(),
                    row.label(),
                    row.required() ? "yes" : "no",
                    register.year().from().toString(),
                    register.year().to().toString(),
                    row.activities(),
                    row.methods(),
                    row.lastConsulted() == null ? null : row.lastConsulted().toString(),
                    row.status());
        }
        return Csv.attachment(
                Csv.fileName(run.laCode(), run.runId(), "consultation"),
                table.build().csv());
    }

    // derived from the published run only, which never changes: kept by run id (RunCache)
    private final RunCache<Register> registers = new RunCache<>(200);

    private Register register(PublishedRun run) {
        return registers.get(run.runId(), () -> read(run));
    }

    private Register read(PublishedRun run) {
        return repository
                .timePeriod(run.runId())
                .map(period -> Register.of(
                        run,
                        ReviewYear.ofTimePeriod(period),
                        "the 12 months to 31 August at the end of the review's time period (" + period + "), the"
                                + " date the review counts back from",
                        repository.events(run.runId())))
                .orElseGet(() -> Register.of(
                        run,
                        ReviewYear.endingOn(run.finishedAt()
                                .atZoneSameInstant(ZoneId.of("Europe/London"))
                                .toLocalDate()),
                        "the 12 months to the day the run finished (the run names no time period)",
                        repository.events(run.runId())));
    }
}
