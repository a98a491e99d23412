package org.provisionlens.dashboards.audit;

import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.downloads.Csv;
import org.provisionlens.dashboards.downloads.Table;
import org.provisionlens.dashboards.downloads.Xlsx;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class AuditController {

    private final AuditRepository repository;

    AuditController(AuditRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/audit")
    String audit(
            @RequestParam(name = "la", required = false) String laCode,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        model.addAttribute("publishedRuns", repository.publishedRuns());
        model.addAttribute("requestedLa", laCode);
        repository.published(laCode).ifPresent(run -> {
            AuditReport report = repository.report(run);
            model.addAttribute("report", report);
            if (!report.categories().isEmpty()) {
                model.addAttribute("chart", report.svg());
                model.addAttribute("chartTitle", AuditReport.CHART_TITLE);
            }
            if (!report.listings().isEmpty()) {
                model.addAttribute("fieldsChart", report.fieldsSvg());
                model.addAttribute("fieldsChartTitle", AuditReport.FIELDS_CHART_TITLE);
            }
            // values as given are contact details: only a commissioner or an admin sees them
            boolean withValues = request.isUserInRole("COMMISSIONER") || request.isUserInRole("ADMIN");
            model.addAttribute("findingValues", withValues);
            model.addAttribute("findingRows", report.findingRows(withValues));
            if (!report.findings().isEmpty()) {
                model.addAttribute("findingsChart", report.findingsSvg());
                model.addAttribute("findingsChartTitle", AuditReport.FINDINGS_CHART_TITLE);
            }
        });
        return "audit/page";
    }

    @GetMapping("/audit.csv")
    ResponseEntity<String> csv(
            @RequestParam(name = "table", defaultValue = "categories") String table,
            @RequestParam(name = "la", required = false) String laCode) {
        PublishedRun run = run(laCode);
        Table data = table(table, run);
        return Csv.attachment(Csv.fileName(run.laCode(), run.runId(), "audit-" + data.name()), data.csv());
    }

    @GetMapping("/audit.xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam(name = "table", defaultValue = "categories") String table,
            @RequestParam(name = "la", required = false) String laCode) {
        PublishedRun run = run(laCode);
        Table data = table(table, run);
        return Xlsx.attachment(Xlsx.fileName(run.laCode(), run.runId(), "audit-" + data.name()), data);
    }

    private PublishedRun run(String laCode) {
        return repository
                .published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
    }

    private Table table(String code, PublishedRun run) {
        AuditTables table = AuditTables.named(code);
        if (table == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "table must be " + AuditTables.codes());
        }
        return table.table(repository.report(run));
    }
}
