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

/**
 * The public "You said, we did" page, its Easy Read version and their tagged PDFs (no login: anonymised text only,
 * small numbers suppressed); both versions are written from the same report.
 */
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
            Report report = report(run, period);
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
        Report report = report(published(laCode), period);
        return attachment("you-said-we-did-", report, pdf.render(report));
    }

    @GetMapping("/you-said-we-did/easy-read")
    String easyRead(
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam(name = "period", required = false) String period,
            Model model) {
        repository.published(laCode).ifPresent(run -> model.addAttribute("easy", EasyReadText.of(report(run, period))));
        return "comments/easy-read";
    }

    @GetMapping("/you-said-we-did/easy-read.pdf")
    ResponseEntity<byte[]> easyReadPdf(
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam(name = "period", required = false) String period) {
        Report report = report(published(laCode), period);
        return attachment("you-said-we-did-easy-read-", report, pdf.render(EasyReadText.of(report)));
    }

    private PublishedRun published(String laCode) {
        return repository
                .published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
    }

    private Report report(PublishedRun run, String requested) {
        Period period;
        try {
            period = reports.period(run, requested);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
        return reports.report(run, period);
    }

    private static ResponseEntity<byte[]> attachment(String name, Report report, byte[] body) {
        String file = name + report.run().laCode() + "-" + report.period().code() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .body(body);
    }
}
