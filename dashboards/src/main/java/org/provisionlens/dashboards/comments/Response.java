package org.provisionlens.dashboards.comments;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.provisionlens.dashboards.Formats;

/** A row of comment_response: the council's response to a theme and the action it takes. */
record Response(
        long id,
        String theme,
        String themeLabel,
        String response,
        String action,
        String owner,
        LocalDate dueDate,
        String status,
        String updatedBy,
        OffsetDateTime updatedAt) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public Response withLabel(String label) {
        return new Response(id, theme, label, response, action, owner, dueDate, status, updatedBy, updatedAt);
    }

    public String dueText() {
        return dueDate == null ? "No date set" : DATE.format(dueDate);
    }

    public String statusText() {
        return Status.label(status);
    }

    public String updatedText() {
        return Formats.dateTime(updatedAt);
    }
}
