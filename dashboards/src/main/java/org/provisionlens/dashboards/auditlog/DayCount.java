package org.provisionlens.dashboards.auditlog;

import java.time.LocalDate;

/** How many events of a kind one day (UK time) holds. */
record DayCount(LocalDate day, AuditKind kind, long count) {}
