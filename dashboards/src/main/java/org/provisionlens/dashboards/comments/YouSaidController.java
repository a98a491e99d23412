package org.provisionlens.dashboards.comments;

import org.provisionlens.dashboards.PublishedRun;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public "You said, we did" page and its PDF (no login: anonymised text only, small numbers suppressed). */
@Controller
class YouSaidController {

    private final CommentsRepository repository;
    private final ReportService reports;
    private final ReportPdf pdf;

    YouSaidController(CommentsRepository repository, ReportService reports, ReportPdf pdf) {
        this.repository = repository;
        this.reports = reports;
        this.pdf = pdf;
    }

    @GetMapping("/you-said-we-did")
    String page(
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam(name = "period", required = false) String period,
            Model model) {
        model.addAttribute("publishedRuns", repository.publishedRuns());
        repository.published(laCode).ifPresent(run -> {
            Report report = reports.report(run, period(run, period));
            model.addAttribute("report", report);
            model.addAttribute("stanceTitle", CommentCharts.STANCE_TITLE);
            model.addAttribute("stanceChart", CommentCharts.stanceSvg(report.themes()));
        });
        return "comments/you-said";
    }

    @GetMapping("/you-said-we-did.pdf")
    ResponseEntity<byte[]> pdf(
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam(name = "period", required = false) String period) {
        PublishedRun run = repository
                .published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
        Report report = reports.report(run, period(run, period));
        String file = "you-said-we-did-" + run.laCode() + "-" + report.period().code() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .body(pdf.render(report));
    }

    private Period period(PublishedRun run, String requested) {
        try {
            return reports.period(run, requested);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }
}
