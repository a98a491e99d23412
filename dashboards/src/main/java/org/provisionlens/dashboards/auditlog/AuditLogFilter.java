package org.provisionlens.dashboards.auditlog;

import java.time.LocalDate;

/**
 * What the admin asked for: one kind or all (null), one user (any case) or all, and the days from and to (inclusive,
 * UK time), either open.
 */
record AuditLogFilter(AuditKind kind, String user, LocalDate from, LocalDate to) {

    AuditLogFilter {
        user = user == null || user.isBlank() ? null : user.trim();
    }
}
