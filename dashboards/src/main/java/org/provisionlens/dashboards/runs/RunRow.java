package org.provisionlens.dashboards.runs;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.provisionlens.dashboards.Formats;

/** One review run, whether it is its LA's published run, and the inputs it read. */
record RunRow(
        long runId,
        String manifestName,
        String laCode,
        String laName,
        String status,
        String stage,
        String message,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        boolean currentlyPublished,
        List<RunInputRow> inputs) {

    RunRow {
        inputs = List.copyOf(inputs);
    }

    RunRow withInputs(List<RunInputRow> runInputs) {
        return new RunRow(
                runId,
                manifestName,
                laCode,
                laName,
                status,
                stage,
                message,
                startedAt,
                finishedAt,
                currentlyPublished,
                runInputs);
    }

    public boolean running() {
        return "running".equals(status);
    }

    /** The GOV.UK tag colour of the status. */
    public String statusTagClass() {
        return switch (status) {
            case "running" -> "govuk-tag govuk-tag--blue";
            case "published" -> "govuk-tag govuk-tag--green";
            case "failed" -> "govuk-tag govuk-tag--red";
            default -> "govuk-tag govuk-tag--grey";
        };
    }

    public String laText() {
        return laName == null || laName.isBlank() ? laCode : laName + " (" + laCode + ")";
    }

    public String startedText() {
        return Formats.dateTime(startedAt);
    }

    public String finishedText() {
        // an abandoned run (its process stopped) has no finishing time
        return finishedAt == null ? (running() ? "Not yet" : "Not known") : Formats.dateTime(finishedAt);
    }

    public String durationText() {
        if (finishedAt == null) {
            return running() ? Formats.duration(Duration.between(startedAt, OffsetDateTime.now())) + " so far" : "";
        }
        return Formats.duration(Duration.between(startedAt, finishedAt));
    }
}
