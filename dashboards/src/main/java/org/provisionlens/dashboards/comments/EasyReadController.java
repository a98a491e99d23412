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

/** The Easy Read "You said, we did" page and its PDF: public, from the same report as the full version. */
@Controller
class EasyReadController {

    private final CommentsRepository repository;
    private final ReportService reports;
    private final ReportPdf pdf;

    EasyReadController(CommentsRepository repository, ReportService reports, ReportPdf pdf) {
        this.repository = repository;
        this.reports = reports;
        this.pdf = pdf;
    }

    @GetMapping("/you-said-we-did/easy-read")
    String page(
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam(name = "period", required = false) String period,
            Model model) {
        repository.published(laCode).ifPresent(run -> model.addAttribute("easy", easyRead(run, period)));
        return "comments/easy-read";
    }

    @GetMapping("/you-said-we-did/easy-read.pdf")
    ResponseEntity<byte[]> pdf(
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam(name = "period", required = false) String period) {
        PublishedRun run = repository
                .published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
        EasyRead easyRead = easyRead(run, period);
        String file = "you-said-we-did-easy-read-" + run.laCode() + "-" + easyRead.periodCode() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .body(pdf.render(easyRead));
    }

    private EasyRead easyRead(PublishedRun run, String period) {
        try {
            return EasyReadText.of(reports.report(run, reports.period(run, period)));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }
}
