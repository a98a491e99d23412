package org.provisionlens.dashboards.auditlog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes audit events into {@code audit_event} at the time of the injected {@link Clock}, and reads them back for the
 * admins' page, filtered and newest first. Days are counted in UK time.
 */
@Repository
public class AuditLog {

    /** The zone days and times are shown in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the event, at the clock's time now. */
    public void record(AuditEvent event) {
        jdbc.update(
                """
                INSERT INTO audit_event (happened_at, kind, username, action, subject, roles, sign_in_method,
                                         remote_address, la_code, run_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                Timestamp.from(clock.instant()),
                event.kind().name(),
                event.username(),
                event.action(),
                event.subject(),
                event.roles(),
                event.signInMethod(),
                event.remoteAddress(),
                event.laCode(),
                event.runId());
    }

    /** How many events match the filter. */
    long count(AuditLogFilter filter) {
        List<Object> arguments = new ArrayList<>();
        String where = where(filter, arguments);
        Long count = jdbc.queryForObject("SELECT count(*) FROM audit_event" + where, Long.class, arguments.toArray());
        return count == null ? 0 : count;
    }

    /** The events that match, newest first: {@code limit} of them from {@code offset}. */
    List<AuditRow> rows(AuditLogFilter filter, long offset, int limit) {
        List<Object> arguments = new ArrayList<>();
        String where = where(filter, arguments);
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query(
                "SELECT event_id, happened_at, kind, username, roles, sign_in_method, remote_address, action, subject,"
                        + " la_code, run_id FROM audit_event" + where
                        + " ORDER BY happened_at DESC, event_id DESC LIMIT ? OFFSET ?",
                (rs, i) -> new AuditRow(
                        rs.getLong("event_id"),
                        rs.getObject("happened_at", OffsetDateTime.class)
                                .atZoneSameInstant(ZONE)
                                .toLocalDateTime(),
                        AuditKind.valueOf(rs.getString("kind")),
                        rs.getString("username"),
                        rs.getString("roles"),
                        rs.getString("sign_in_method"),
                        rs.getString("remote_address"),
                        rs.getString("action"),
                        rs.getString("subject"),
                        rs.getString("la_code"),
                        (Long) rs.getObject("run_id")),
                arguments.toArray());
    }

    /** How many events of each kind on each day (UK time) match the filter, by day then kind. */
    List<DayCount> perDay(AuditLogFilter filter) {
        List<Object> arguments = new ArrayList<>();
        String where = where(filter, arguments);
        return jdbc.query(
                "SELECT (happened_at AT TIME ZONE 'Europe/London')::date AS day, kind, count(*) AS events"
                        + " FROM audit_event" + where + " GROUP BY 1, 2 ORDER BY 1, 2",
                (rs, i) -> new DayCount(
                        rs.getObject("day", LocalDate.class),
                        AuditKind.valueOf(rs.getString("kind")),
                        rs.getLong("events")),
                arguments.toArray());
    }

    private static String where(AuditLogFilter filter, List<Object> arguments) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (filter.kind() != null) {
            where.append(" AND kind = ?");
            arguments.add(filter.kind().name());
        }
        if (filter.user() != null) {
            where.append(" AND lower(username) = lower(?)");
            arguments.add(filter.user());
        }
        if (filter.from() != null) {
            where.append(" AND happened_at >= ?");
            arguments.add(Timestamp.from(filter.from().atStartOfDay(ZONE).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" AND happened_at < ?");
            arguments.add(
                    Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        return where.toString();
    }
}
