package org.provisionlens.dashboards.placeplanning;

import jakarta.servlet.http.HttpServletRequest;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
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

/** {@code /place-forecast}: the SCAP-shaped specialist place forecast of a published run, and its downloads. */
@Controller
class PlaceForecastController {

    private final PublishedRuns runs;
    private final PlaceForecastRepository repository;

    PlaceForecastController(PublishedRuns runs, PlaceForecastRepository repository) {
        this.runs = runs;
        this.repository = repository;
    }

    @GetMapping("/place-forecast")
    String page(@RequestParam(name = "la", required = false) String laCode, Model model) {
        model.addAttribute("publishedRuns", runs.all());
        model.addAttribute("requestedLa", laCode);
        runs.published(laCode).ifPresent(run -> {
            PlaceForecastReport report = repository.report(run);
            model.addAttribute("run", run);
            if (!report.types().isEmpty()) {
                model.addAttribute("report", report);
                model.addAttribute("chart", PlaceForecastChart.svg(report));
                model.addAttribute("chartTitle", PlaceForecastChart.TITLE);
            }
        });
        return "placeplanning/page";
    }

    /** One table as CSV, or as XLSX (the same cells) when the path ends in .xlsx. */
    @GetMapping({"/place-forecast.csv", "/place-forecast.xlsx"})
    ResponseEntity<?> download(
            HttpServletRequest request,
            @RequestParam(name = "table", defaultValue = "scap") String table,
            @RequestParam(name = "la", required = false) String laCode) {
        PlaceForecastDownloads download = PlaceForecastDownloads.named(table);
        if (download == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "table must be scap, summary, range or settings");
        }
        PublishedRun run = runs.published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
        PlaceForecastReport report = repository.report(run);
        if (report.types().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This run has no place forecast");
        }
        Table cells = download.table(report);
        String name = "place-forecast-" + cells.name();
        return request.getRequestURI().endsWith(".xlsx")
                ? Xlsx.attachment(Xlsx.fileName(run.laCode(), run.runId(), name), cells)
                : Csv.attachment(Csv.fileName(run.laCode(), run.runId(), name), cells.csv());
    }
}
