package org.provisionlens.dashboards.proposals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Scenario;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /proposals/{id}}: one proposal's impact; {@code /proposals/compare}: proposals beside doing nothing. */
@Controller
class ImpactController {

    private final PublishedRuns runs;
    private final Proposals proposals;

    ImpactController(PublishedRuns runs, Proposals proposals) {
        this.runs = runs;
        this.proposals = proposals;
    }

    @GetMapping("/proposals/{id}")
    String impact(
            @PathVariable String id,
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam(name = "scenario", defaultValue = "CENTRAL") String scenarioName,
            Authentication authentication,
            Model model) {
        PublishedRun run = run(laCode);
        Scenario scenario = scenario(scenarioName);
        Proposals.Evaluated evaluated = proposals
                .evaluate(run, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No proposal " + id));
        Viewer viewer = Viewer.of(authentication);
        model.addAttribute("run", run);
        model.addAttribute("evaluated", evaluated);
        model.addAttribute("canEdit", viewer.exact());
        model.addAttribute("scenario", scenario);
        model.addAttribute("scenarios", Scenario.values());
        if (evaluated.proposal() != null) {
            model.addAttribute(
                    "effectiveDate",
                    evaluated
                            .proposal()
                            .effectiveDate()
                            .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
        }
        if (evaluated.evaluated()) {
            List<Headline> headlines = new ArrayList<>();
            for (Scenario s : Scenario.values()) {
                headlines.add(Headline.of(evaluated.impacts().get(s)));
            }
            Impact impact = evaluated.impacts().get(scenario);
            ImpactView view = ImpactView.of(impact, viewer);
            model.addAttribute("headlines", headlines);
            model.addAttribute("view", view);
            model.addAttribute("needChart", ImpactCharts.need(view));
            model.addAttribute("outcomeChart", ImpactCharts.outcomes(view));
            model.addAttribute("travelChart", ImpactCharts.travel(impact));
            model.addAttribute("costsChart", ImpactCharts.costs(impact.costs()));
            model.addAttribute("needTitle", ImpactCharts.NEED_TITLE);
            model.addAttribute("outcomeTitle", ImpactCharts.OUTCOME_TITLE);
            model.addAttribute("travelTitle", ImpactCharts.TRAVEL_TITLE);
            model.addAttribute("costsTitle", ImpactCharts.COSTS_TITLE);
        }
        return "proposals/impact";
    }

    @GetMapping("/proposals/compare")
    String compare(
            @RequestParam(name = "ids", defaultValue = "") String ids,
            @RequestParam(name = "la", required = false) String laCode,
            Authentication authentication,
            Model model) {
        PublishedRun run = run(laCode);
        List<Proposals.Evaluated> columns = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        proposals.doNothing(run).ifPresent(columns::add);
        for (String id : Arrays.stream(ids.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList()) {
            Proposals.Evaluated evaluated = proposals
                    .evaluate(run, id)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No proposal " + id));
            if (evaluated.evaluated()) {
                columns.add(evaluated);
            } else {
                skipped.add(evaluated.name());
            }
        }
        model.addAttribute("run", run);
        model.addAttribute("entries", proposals.list(run));
        model.addAttribute("chosen", List.of(ids.split(",")));
        model.addAttribute("skipped", skipped);
        if (columns.size() > 1) {
            model.addAttribute("table", SideBySide.of(columns, Viewer.of(authentication)));
        }
        return "proposals/compare";
    }

    private PublishedRun run(String laCode) {
        return runs.published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
    }

    private static Scenario scenario(String name) {
        try {
            return Scenario.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "scenario must be LOW, CENTRAL or HIGH");
        }
    }
}
