package org.provisionlens.dashboards.board;

import java.util.Comparator;
import java.util.List;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.RunCache;
import org.provisionlens.dashboards.reviewcontext.CommunityWaits;
import org.provisionlens.dashboards.reviewcontext.ReviewContext;
import org.springframework.stereotype.Service;

/** Builds the board pack of a published run. */
@Service
class BoardPacks {

    private final BoardRepository repository;
    private final ReviewContext context;

    BoardPacks(BoardRepository repository, ReviewContext context) {
        this.repository = repository;
        this.context = context;
    }

    // derived from the published run only, which never changes: kept by run id (RunCache)
    private final RunCache<BoardPack> packs = new RunCache<>(200);

    BoardPack pack(PublishedRun run) {
        return packs.get(run.runId(), () -> build(run));
    }

    private BoardPack build(PublishedRun run) {
        long runId = run.runId();
        Thresholds thresholds = repository.thresholds(runId);
        CommunityWaits nhs = context.waits(runId);
        List<TherapyWait> waits = TherapyWait.of(nhs.all());
        List<JointService> joint = repository.jointlyFunded(runId, thresholds).stream()
                .sorted(Comparator.comparing((JointService s) -> !s.underPressure()))
                .toList();
        return new BoardPack(
                run,
                thresholds,
                repository.careCells(runId, false),
                repository.careCells(runId, true),
                BoardCharts.verdicts(repository.verdictCounts(runId), run.name()),
                nhs.icbTitle(),
                nhs.latestMonthText(),
                waits,
                BoardCharts.waits(waits, nhs.icbTitle(), nhs.latestMonthText()),
                repository.servicesWaitingLongerThan(runId, thresholds.waitingWeeks()),
                joint);
    }
}
