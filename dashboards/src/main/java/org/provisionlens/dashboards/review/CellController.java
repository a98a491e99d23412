package org.provisionlens.dashboards.review;

import java.util.List;
import org.provisionlens.core.charts.ForecastChart;
import org.provisionlens.core.charts.SvgCharts;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.reviewcontext.ReviewContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** One cell of the review: its measures and verdict, the forecast behind it, and the services behind it. */
@Controller
class CellController {

    static final String CHART_ID = "forecast-chart";

    private final Reviews reviews;
    private final ReviewContext context;

    CellController(Reviews reviews, ReviewContext context) {
        this.reviews = reviews;
        this.context = context;
    }

    @GetMapping("/review/cell")
    String cell(
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam(name = "area") String area,
            @RequestParam(name = "need", defaultValue = "ALL") String need,
            @RequestParam(name = "age", defaultValue = "ALL") String age,
            @RequestParam(name = "domain", defaultValue = "EDUCATION") String domain,
            @RequestParam(name = "tier", defaultValue = "SPECIALIST") String tier,
            Model model) {
        PublishedRun run = reviews.publishedOrNotFound(laCode);
        CellRef ref = new CellRef(area, need, age, domain, tier);
        Cell cell = reviews.cell(run, ref)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such cell in the review"));
        String series = reviews.series(run, age);
        List<ForecastRow> forecast = reviews.forecast(run, series);
        String title = "EHC plans in " + run.laName() + " (" + series + "): actual and forecast";
        model.addAttribute("run", run);
        model.addAttribute("cell", cell);
        model.addAttribute("demand", reviews.demand(run, ref));
        model.addAttribute("filter", ReviewFilter.of(age, domain, tier, null));
        model.addAttribute("series", series);
        model.addAttribute("forecast", forecast);
        model.addAttribute("forecastTitle", title);
        if (!forecast.isEmpty()) {
            model.addAttribute(
                    "forecastChart",
                    SvgCharts.forecast(new ForecastChart(
                            CHART_ID,
                            title,
                            "EHC plans",
                            forecast.stream().map(ForecastRow::point).toList())));
        }
        List<CellService> services = reviews.services(run, ref);
        model.addAttribute("services", services);
        context.addToCellPage(
                model,
                run.runId(),
                domain,
                services.stream().map(CellService::nameText).toList());
        return "review/cell";
    }
}
