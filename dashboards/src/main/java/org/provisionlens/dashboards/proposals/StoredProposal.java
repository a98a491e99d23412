package org.provisionlens.dashboards.proposals;

import java.time.OffsetDateTime;

/** A row of table {@code proposal}: a proposal as written, with where it came from. */
record StoredProposal(
        String laCode,
        String id,
        String name,
        String body,
        String format,
        String origin,
        String createdBy,
        OffsetDateTime createdAt) {

    public String fileName() {
        return id + "." + format;
    }

    public String originText() {
        return switch (origin) {
            case "manifest" -> "Run manifest";
            case "upload" -> "Uploaded file";
            case "form" -> "Built in the form";
            case "command" -> "Command line";
            default -> origin;
        };
    }
}
