package org.provisionlens.dashboards.health;

import java.util.ArrayList;
import java.util.List;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
import org.provisionlens.dashboards.RunCache;
import org.provisionlens.dashboards.downloads.Csv;
import org.provisionlens.dashboards.reviewcontext.ReviewContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class HealthController {

    private final PublishedRuns runs;
    private final HealthRepository repository;
    private final ReviewContext context;

    HealthController(PublishedRuns runs, HealthRepository repository, ReviewContext context) {
        this.runs = runs;
        this.repository = repository;
        this.context = context;
    }

    @GetMapping("/health")
    String health(
            @RequestParam(name = "la", required = false) String laCode,
            org.springframework.security.core.Authentication authentication,
            Model model) {
        model.addAttribute("audience", Audience.of(authentication));
        model.addAttribute("publishedRuns", runs.all());
        model.addAttribute("requestedLa", laCode);
        runs.published(laCode).ifPresent(run -> model.addAttribute("report", report(run)));
        return "health/page";
    }

    @GetMapping("/health/waits")
    String waits(
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam(name = "therapy", required = false) String therapy,
            Model model) {
        model.addAttribute("publishedRuns", runs.all());
        model.addAttribute("requestedLa", laCode);
        runs.published(laCode).ifPresent(run -> {
            WaitsReport waits = WaitsReport.of(run, context.waits(run.runId()).all(), therapy);
            model.addAttribute("waits", waits);
            if (!waits.empty()) {
                model.addAttribute("listTitle", WaitsCharts.listTitle(waits));
                model.addAttribute("listChart", WaitsCharts.listChart(waits));
                model.addAttribute("listSummary", WaitsCharts.summary(waits));
                model.addAttribute("shareTitle", WaitsCharts.shareTitle(waits));
                model.addAttribute("shareChart", WaitsCharts.shareChart(waits));
                model.addAttribute("shareSummary", WaitsCharts.shareSummary(waits));
            }
        });
        return "health/waits";
    }

    /** The trend table of one therapy (every month, every area the run holds), as CSV. */
    @GetMapping("/health/waits.csv")
    ResponseEntity<String> waitsCsv(
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam(name = "therapy", required = false) String therapy) {
        PublishedRun run = runs.published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
        WaitsReport waits = WaitsReport.of(run, context.waits(run.runId()).all(), therapy);
        if (waits.empty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The run holds no NHS community waits");
        }
        return Csv.attachment(
                Csv.fileName(
                        run.laCode(),
                        run.runId(),
                        "nhs-waits-" + waits.therapy().name()),
                waits.trendTable().csv());
    }

    /**
     * The ICB's sum adds up every published review whose place is in the same ICB, so the report is kept by the run
     * and the published runs of every LA (published runs never change: RunCache); a new publication is a new key.
     */
    private final RunCache<HealthReport> reports = new RunCache<>(200);

    private HealthReport report(PublishedRun run) {
        List<Long> published = runs.all().stream().map(PublishedRun::runId).toList();
        return reports.get(run.runId(), published, () -> read(run));
    }

    private HealthReport read(PublishedRun run) {
        HealthPlace place = repository.place(run.runId()).orElse(null);
        List<IcbMember> members = place == null ? List.of() : repository.members(place.icbCode());
        List<IcbSum.Part> parts = new ArrayList<>();
        for (IcbMember member : members) {
            for (CareCell cell : repository.laCells(member.run().runId())) {
                parts.add(new IcbSum.Part(
                        member.run().name(),
                        cell,
                        repository.unknownCapacity(member.run().runId(), cell.domain(), cell.tier())));
            }
        }
        List<CareCell> laCells = repository.laCells(run.runId());
        int horizon = laCells.stream().mapToInt(CareCell::horizonYear).max().orElse(0);
        List<IcbCell> icbCells = place == null
                ? List.of()
                : IcbSum.of(place.icbCode(), place.icbName(), parts, repository.thresholds(run.runId()), horizon);
        return new HealthReport(run, place, repository.localityCells(run.runId()), laCells, members, icbCells);
    }
}
