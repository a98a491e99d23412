package org.provisionlens.dashboards.review;

import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.downloads.Csv;
import org.provisionlens.dashboards.downloads.Table;
import org.provisionlens.dashboards.downloads.Xlsx;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /review.csv} and {@code /review.xlsx}: the heat map's cells, the comparison, the back-test and the map. */
@Controller
class ReviewDownloadsController {

    private final Reviews reviews;

    ReviewDownloadsController(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/review.csv")
    ResponseEntity<String> csv(
            @RequestParam(name = "table", defaultValue = ReviewDownloads.CELLS) String table,
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam(name = "age", required = false) String age,
            @RequestParam(name = "domain", required = false) String domain,
            @RequestParam(name = "tier", required = false) String tier,
            @RequestParam(name = "verdict", required = false) String verdict,
            @RequestParam(name = "need", required = false) String need,
            @RequestParam(name = "measure", required = false) String measure) {
        PublishedRun run = reviews.publishedOrNotFound(laCode);
        Table data = table(run, table, ReviewFilter.of(age, domain, tier, verdict), need, measure);
        return Csv.attachment(Csv.fileName(run.laCode(), run.runId(), "review-" + data.name()), data.csv());
    }

    @GetMapping("/review.xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam(name = "table", defaultValue = ReviewDownloads.CELLS) String table,
            @RequestParam(name = "la", required = false) String laCode,
            @RequestParam(name = "age", required = false) String age,
            @RequestParam(name = "domain", required = false) String domain,
            @RequestParam(name = "tier", required = false) String tier,
            @RequestParam(name = "verdict", required = false) String verdict,
            @RequestParam(name = "need", required = false) String need,
            @RequestParam(name = "measure", required = false) String measure) {
        PublishedRun run = reviews.publishedOrNotFound(laCode);
        Table data = table(run, table, ReviewFilter.of(age, domain, tier, verdict), need, measure);
        return Xlsx.attachment(Xlsx.fileName(run.laCode(), run.runId(), "review-" + data.name()), data);
    }

    private Table table(PublishedRun run, String table, ReviewFilter filter, String need, String measure) {
        return switch (table) {
            case ReviewDownloads.CELLS -> ReviewDownloads.cells(reviews.heatMap(run, filter));
            case ReviewDownloads.COMPARE ->
                ReviewDownloads.compare(reviews.comparison(run, filter, reviews.heatMap(run, filter)));
            case ReviewDownloads.BACKTEST -> ReviewDownloads.backtest(reviews.backtest(run));
            case ReviewDownloads.BREAKS -> ReviewDownloads.breaks(reviews.backtest(run));
            case ReviewDownloads.MAP ->
                ReviewDownloads.map(reviews.map(
                        run, MapMeasure.of(measure), MapController.ref(run, MapController.needCode(need), filter)));
            default ->
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "table must be cells, compare, backtest, breaks or map");
        };
    }
}
