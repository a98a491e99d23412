package org.provisionlens.dashboards.sufficiency;

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
class SufficiencyController {

    private final SufficiencyRepository repository;

    SufficiencyController(SufficiencyRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/sufficiency")
    String sufficiency(@RequestParam(name = "la", required = false) String laCode, Model model) {
        model.addAttribute("publishedRuns", repository.publishedRuns());
        model.addAttribute("requestedLa", laCode);
        repository.published(laCode).ifPresent(report -> {
            NeedsTable needs = report.needsTable();
            model.addAttribute("report", report);
            model.addAttribute("needs", needs);
            model.addAttribute("placesChart", SufficiencyCharts.placesSvg(report.rows()));
            model.addAttribute("needsChart", SufficiencyCharts.needsSvg(needs));
            model.addAttribute("placesTitle", SufficiencyCharts.PLACES_TITLE);
            model.addAttribute("needsTitle", SufficiencyCharts.NEEDS_TITLE);
        });
        return "sufficiency/page";
    }

    /** One table as CSV, or as XLSX (the same cells) when the path ends in .xlsx. */
    @GetMapping({"/sufficiency.csv", "/sufficiency.xlsx"})
    ResponseEntity<?> download(
            jakarta.servlet.http.HttpServletRequest request,
            @RequestParam(name = "table", defaultValue = "sufficiency") String table,
            @RequestParam(name = "la", required = false) String laCode) {
        SufficiencyCsv csv = SufficiencyCsv.named(table);
        if (csv == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "table must be sufficiency, needs or settings");
        }
        SufficiencyReport report = repository
                .published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
        String fileName = csv.fileName(report);
        Table cells = csv.table(report);
        return request.getRequestURI().endsWith(".xlsx")
                ? Xlsx.attachment(fileName.substring(0, fileName.length() - ".csv".length()) + ".xlsx", cells)
                : Csv.attachment(fileName, cells.csv());
    }
}
