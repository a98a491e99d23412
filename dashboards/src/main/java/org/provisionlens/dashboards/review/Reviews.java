package org.provisionlens.dashboards.review;

import java.util.List;
import java.util.Optional;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.RunCache;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** Builds what the review pages and their downloads show, from the published run of a local authority. */
@Service
class Reviews {

    private final ReviewRepository cells;
    private final ForecastRepository forecasts;
    private final MapRepository maps;

    // What the review pages build from a published run, kept by run id (a published run never changes: RunCache).
    private final RunCache<HeatMap> heatMaps = new RunCache<>(512);
    private final RunCache<Comparison> comparisons = new RunCache<>(512);
    private final RunCache<Optional<Cell>> cellsByRef = new RunCache<>(2048);
    private final RunCache<CellDemand> demands = new RunCache<>(2048);
    private final RunCache<List<CellService>> cellServices = new RunCache<>(2048);
    private final RunCache<String> seriesByAge = new RunCache<>(512);
    private final RunCache<List<ForecastRow>> forecastRows = new RunCache<>(512);
    private final RunCache<Backtest> backtests = new RunCache<>(256);
    private final RunCache<ReviewMap> reviewMaps = new RunCache<>(512);

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
        return heatMaps.get(run.runId(), filter, () -> HeatMap.of(cells.cells(run.runId(), filter)));
    }

    Comparison comparison(PublishedRun run, ReviewFilter filter, HeatMap heatMap) {
        // the previous published review of the LA is the one that finished before this run: fixed once it is
        // published, and the heat map is this run's for the same filter
        return comparisons.get(
                run.runId(),
                filter,
                () -> cells.previous(run)
                        .map(previous -> Comparison.of(previous, heatMap, cells.verdicts(previous, filter)))
                        .orElse(Comparison.none()));
    }

    Optional<Cell> cell(PublishedRun run, CellRef ref) {
        return cellsByRef.get(run.runId(), ref, () -> cells.cell(run.runId(), ref));
    }

    CellDemand demand(PublishedRun run, CellRef ref) {
        return demands.get(
                run.runId(),
                ref,
                () -> CellDemand.of(cells.demand(run.runId(), ref).orElse(null), ref));
    }

    List<CellService> services(PublishedRun run, CellRef ref) {
        return cellServices.get(run.runId(), ref, () -> cells.services(run.runId(), ref));
    }

    /** The series of the local authority that feeds a cell's forecast chart, and its rows. */
    String series(PublishedRun run, String ageBand) {
        return seriesByAge.get(
                run.runId(), String.valueOf(ageBand), () -> forecasts.series(run.runId(), run.laCode(), ageBand));
    }

    List<ForecastRow> forecast(PublishedRun run, String series) {
        return forecastRows.get(
                run.runId(), String.valueOf(series), () -> forecasts.forecast(run.runId(), run.laCode(), series));
    }

    Backtest backtest(PublishedRun run) {
        return backtests.get(
                run.runId(), () -> Backtest.of(forecasts.backtest(run.runId()), forecasts.breaks(run.runId())));
    }

    ReviewMap map(PublishedRun run, MapMeasure measure, CellRef ref) {
        return reviewMaps.get(run.runId(), List.of(measure, ref), () -> {
            String title =
                    measure.title() + ", " + ReviewLabels.need(ref.need()).toLowerCase(java.util.Locale.ROOT) + ", "
                            + ReviewLabels.age(ref.age()).toLowerCase(java.util.Locale.ROOT) + ", by locality of "
                            + run.laName();
            return ReviewMap.of(measure, cells.localityCells(run.runId(), ref), maps.boundaries(run.runId()), title);
        });
    }
}
