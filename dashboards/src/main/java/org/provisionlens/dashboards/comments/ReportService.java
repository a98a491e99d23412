package org.provisionlens.dashboards.comments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.dashboards.PublishedRun;
import org.springframework.stereotype.Service;

/** Builds the report of a published run and period from the anonymised comments and the responses. */
@Service
class ReportService {

    private final CommentsRepository repository;

    ReportService(CommentsRepository repository) {
        this.repository = repository;
    }

    /** The period asked for, else the year of the latest comment (all when comments carry no dates). */
    Period period(PublishedRun run, String requested) {
        return requested == null || requested.isBlank() ? repository.latestPeriod(run) : Period.parse(requested);
    }

    Report report(PublishedRun run, Period period) {
        List<CommentsRepository.ThemeRow> rows = repository.themes(run, period);
        Map<String, String> labels = new HashMap<>();
        rows.forEach(r -> labels.put(r.theme(), r.label()));
        List<Response> responses = labelled(repository.responses(run.laCode(), period), labels);
        List<ThemeSummary> themes = rows.stream()
                .map(r -> new ThemeSummary(
                        r.theme(),
                        r.label(),
                        r.counts(),
                        r.counts().suppressed() ? List.of() : repository.quotes(run, period, r.theme()),
                        responses.stream()
                                .filter(x -> x.theme().equals(r.theme()))
                                .toList()))
                .toList();
        Period previous = period.previous();
        List<Response> previousActions =
                previous == null ? List.of() : labelled(repository.responses(run.laCode(), previous), labels);
        return new Report(
                run,
                period,
                themes,
                repository.heldForReview(run, period),
                repository.excluded(run, period, "ABUSIVE"),
                repository.excluded(run, period, "INDIVIDUAL_COMPLAINT"),
                previous,
                previousActions);
    }

    private static List<Response> labelled(List<Response> responses, Map<String, String> labels) {
        return responses.stream()
                .map(r -> r.withLabel(labels.getOrDefault(r.theme(), r.theme())))
                .toList();
    }
}
