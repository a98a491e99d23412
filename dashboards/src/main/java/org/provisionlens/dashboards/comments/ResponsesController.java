package org.provisionlens.dashboards.comments;

import java.security.Principal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.provisionlens.dashboards.PublishedRun;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Commissioners (and admins) record the council's response and action for each theme of a period. */
@Controller
class ResponsesController {

    private final CommentsRepository repository;
    private final ReportService reports;
    private final Clock clock = Clock.systemUTC();

    ResponsesController(CommentsRepository repository, ReportService reports) {
        this.repository = repository;
        this.reports = reports;
    }

    @GetMapping("/comments/responses")
    String responses(
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam(name = "period", required = false) String period,
            Model model) {
        PublishedRun run = run(laCode);
        fill(model, run, period(run, period), null, Map.of());
        return "comments/responses";
    }

    @PostMapping("/comments/responses")
    String save(
            @RequestParam(name = "la") String laCode,
            @RequestParam(name = "period") String period,
            ResponseForm form,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        PublishedRun run = run(laCode);
        Period chosen = period(run, period);
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            fill(model, run, chosen, form, errors);
            return "comments/responses";
        }
        repository.saveResponse(run.laCode(), chosen, form, principal.getName(), OffsetDateTime.now(clock));
        redirect.addAttribute("la", run.laCode());
        redirect.addAttribute("period", chosen.code());
        redirect.addFlashAttribute("saved", form.theme());
        return "redirect:/comments/responses";
    }

    private void fill(Model model, PublishedRun run, Period period, ResponseForm posted, Map<String, String> errors) {
        model.addAttribute("report", reports.report(run, period));
        model.addAttribute("statuses", Status.all());
        model.addAttribute("posted", posted);
        model.addAttribute("errors", errors);
    }

    private PublishedRun run(String laCode) {
        return repository
                .published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
    }

    private Period period(PublishedRun run, String requested) {
        try {
            return reports.period(run, requested);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }
}
