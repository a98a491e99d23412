package org.provisionlens.dashboards.funding;

import org.provisionlens.dashboards.downloads.Csv;
import org.provisionlens.dashboards.downloads.Table;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Who funds what: {@code /funding} and its download {@code /funding.csv} (one row per service and funder). */
@Controller
class FundingController {

    private final FundingRepository repository;

    FundingController(FundingRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/funding")
    String funding(@RequestParam(name = "la", required = false) String laCode, Model model) {
        model.addAttribute("publishedRuns", repository.publishedRuns());
        model.addAttribute("requestedLa", laCode);
        repository.published(laCode).ifPresent(report -> {
            FundingTotals totals = report.totals();
            model.addAttribute("report", report);
            model.addAttribute("totals", totals);
            model.addAttribute("chart", totals.chartSvg());
            model.addAttribute("chartTitle", FundingTotals.CHART_TITLE);
        });
        return "funding/page";
    }

    @GetMapping("/funding.csv")
    ResponseEntity<String> download(@RequestParam(name = "la", required = false) String laCode) {
        FundingReport report = repository
                .published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
        return Csv.attachment(
                Csv.fileName(report.run().laCode(), report.run().runId(), "funding"),
                table(report).csv());
    }

    /** One row per service and funder; a share or amount not given is an empty cell, never 0. */
    static Table table(FundingReport report) {
        Table.Builder table = Table.named(
                "funding",
                "service_id",
                "service",
                "domain",
                "funder",
                "funder_name",
                "share_pct",
                "annual_amount",
                "arrangement",
                "jointly_funded");
        for (ServiceFunding service : report.services()) {
            for (FundingLine line : service.funders()) {
                table.row(
                        service.serviceId(),
                        service.name(),
                        service.domain(),
                        line.funder(),
                        line.funderName(),
                        line.sharePct(),
                        line.annualAmount(),
                        line.arrangement(),
                        service.joint() ? "yes" : "no");
            }
        }
        return table.build();
    }
}
