package org.provisionlens.dashboards.review;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** How far to trust the forecast: the back-test of the models across local authorities. */
@Controller
class BacktestController {

    private final Reviews reviews;

    BacktestController(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/review/backtest")
    String backtest(@RequestParam(name = "la", required = false) String laCode, Model model) {
        model.addAttribute("publishedRuns", reviews.publishedRuns());
        model.addAttribute("requestedLa", laCode);
        reviews.published(laCode).ifPresent(run -> {
            Backtest backtest = reviews.backtest(run);
            model.addAttribute("run", run);
            model.addAttribute("backtest", backtest);
            if (!backtest.rows().isEmpty()) {
                model.addAttribute("chart", backtest.svg());
                model.addAttribute("chartTitle", Backtest.CHART_TITLE);
            }
        });
        return "review/backtest";
    }
}
