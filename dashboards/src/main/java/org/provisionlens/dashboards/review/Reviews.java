package org.provisionlens.dashboards.review;

import java.util.List;
import java.util.Optional;
import org.provisionlens.dashboards.PublishedRun;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** Builds what the review pages and their downloads show, from the published run of a local authority. */
@Service
class Reviews {

    private final ReviewRepository cells;
    private final ForecastRepository forecasts;
    private final MapRepository maps;

    Reviews(ReviewRepository cells, ForecastRepository forecasts, MapRepository maps) {
        this.cells = cells;
        this.forecasts = forecasts;
        this.maps = maps;
    }

    List<PublishedRun> publishedRuns() {
        return cells.publishedRuns();
    }

    Optional<PublishedRun> published(String laCode) {
        return cells.published(laCode);
    }

    PublishedRun publishedOrNotFound(String laCode) {
        return published(laCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published review run"));
    }

    HeatMap heatMap(PublishedRun run, ReviewFilter filter) {
        return HeatMap.of(cells.cells(run.runId(), filter));
    }

    Comparison comparison(PublishedRun run, ReviewFilter filter, HeatMap heatMap) {
        return cells.previous(run)
                .map(previous -> Comparison.of(previous, heatMap, cells.verdicts(previous, filter)))
                .orElse(Comparison.none());
    }

    Optional<Cell> cell(PublishedRun run, CellRef ref) {
        return cells.cell(run.runId(), ref);
    }

    CellDemand demand(PublishedRun run, CellRef ref) {
        return CellDemand.of(cells.demand(run.runId(), ref).orElse(null), ref);
    }

    List<CellService> services(PublishedRun run, CellRef ref) {
        return cells.services(run.runId(), ref);
    }

    /** The series of the local authority that feeds a cell's forecast chart, and its rows. */
    String series(PublishedRun run, String ageBand) {
        return forecasts.series(run.runId(), run.laCode(), ageBand);
    }

    List<ForecastRow> forecast(PublishedRun run, String series) {
        return forecasts.forecast(run.runId(), run.laCode(), series);
    }

    Backtest backtest(PublishedRun run) {
        return Backtest.of(forecasts.backtest(run.runId()), forecasts.breaks(run.runId()));
    }

    ReviewMap map(PublishedRun run, MapMeasure measure, CellRef ref) {
        String title = measure.title() + ", " + ReviewLabels.need(ref.need()).toLowerCase(java.util.Locale.ROOT) + ", "
                + ReviewLabels.age(ref.age()).toLowerCase(java.util.Locale.ROOT) + ", by locality of " + run.laName();
        return ReviewMap.of(measure, cells.localityCells(run.runId(), ref), maps.boundaries(run.runId()), title);
    }
}
