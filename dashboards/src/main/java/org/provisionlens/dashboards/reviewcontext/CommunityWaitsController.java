package org.provisionlens.dashboards.reviewcontext;

import java.time.YearMonth;
import org.provisionlens.core.demand.CommunityWait;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
import org.provisionlens.dashboards.downloads.Csv;
import org.provisionlens.dashboards.downloads.Table;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The NHS community health waits of the published run, every month, as CSV. */
@RestController
class CommunityWaitsController {

    private final PublishedRuns runs;
    private final ReviewContext context;

    CommunityWaitsController(PublishedRuns runs, ReviewContext context) {
        this.runs = runs;
        this.context = context;
    }

    @GetMapping("/review/nhs-waits.csv")
    ResponseEntity<String> csv(@RequestParam(name = "la", required = false) String laCode) {
        PublishedRun run = runs.published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
        Table.Builder table = Table.named(
                "nhs-waits",
                "area_type",
                "area",
                "month",
                "therapy",
                "waiting",
                "waiting_18_to_52_weeks",
                "waiting_over_52_weeks",
                "waiting_over_18_weeks",
                "percent_over_18_weeks");
        for (CommunityWait wait : context.waits(run.runId()).all()) {
            YearMonth month = wait.month();
            Double percent = wait.percentOver18Weeks();
            table.row(
                    wait.areaType().name(),
                    wait.area(),
                    month.toString(),
                    wait.therapy().label(),
                    wait.waiting(),
                    wait.over18To52Weeks(),
                    wait.over52Weeks(),
                    wait.over18Weeks(),
                    percent == null ? null : Math.round(percent * 10) / 10.0);
        }
        return Csv.attachment(
                Csv.fileName(run.laCode(), run.runId(), "nhs-waits"),
                table.build().csv());
    }
}
