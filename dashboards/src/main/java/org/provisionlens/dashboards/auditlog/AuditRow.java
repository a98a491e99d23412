package org.provisionlens.dashboards.auditlog;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** One recorded event as the admins' page and its CSV show it; {@code happenedAt} is UK time. */
record AuditRow(
        long eventId,
        LocalDateTime happenedAt,
        AuditKind kind,
        String username,
        String roles,
        String signInMethod,
        String remoteAddress,
        String action,
        String subject,
        String laCode,
        Long runId) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss");

    public String happenedText() {
        return SHOWN.format(happenedAt);
    }
}
