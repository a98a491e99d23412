package org.provisionlens.dashboards.comments;

import java.time.LocalDate;

/** An anonymised comment that names a service, with one of its themes and that theme's stance. */
record ServiceComment(String commentId, LocalDate receivedOn, String text, String themeLabel, String stance) {

    public String stanceText() {
        return switch (stance) {
            case "POSITIVE" -> "Happy";
            case "NEGATIVE" -> "Unhappy";
            default -> "Mixed views";
        };
    }
}
