package org.provisionlens.core.comments;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One comment as received. {@link #toString()} leaves the text out, so a comment never reaches a log by accident.
 *
 * @param channel how it came (survey, email, event, ...), free text
 * @param serviceReference the service it is about, when the respondent named one, or {@code null}
 * @param area the area it is about (ward, locality, LSOA), or {@code null}
 */
public record Comment(
        String id,
        LocalDate date,
        RespondentType respondentType,
        String channel,
        String text,
        String serviceReference,
        String area) {

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(respondentType, "respondentType");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("comment " + id + " has no text");
        }
    }

    @Override
    public String toString() {
        return "Comment[id=" + id + ", date=" + date + ", respondentType=" + respondentType + ", channel=" + channel
                + ", text=(" + text.length() + " characters, withheld), serviceReference=" + serviceReference
                + ", area=" + area + "]";
    }
}
