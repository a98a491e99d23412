package org.provisionlens.dashboards.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provisionlens.core.consultation.ConsultationEvent;
import org.provisionlens.core.consultation.ConsultationMethod;
import org.provisionlens.core.consultation.ConsulteeGroup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads a run's consultation register (table consultation_event) and the time period its review year comes from. */
@Repository
class ConsultationRepository {

    private final JdbcTemplate jdbc;

    ConsultationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The register's activities, earliest first, each with every group it reached. */
    List<ConsultationEvent> events(long runId) {
        List<EventRow> rows = jdbc.query(
                """
                SELECT event_id, consultee_group, held_from, held_to, method, description, participants
                  FROM consultation_event WHERE run_id = ?
                 ORDER BY held_from, event_id, array_position(consultee_groups(), consultee_group)
                """,
                (rs, i) -> new EventRow(
                        rs.getString("event_id"),
                        ConsulteeGroup.valueOf(rs.getString("consultee_group")),
                        rs.getObject("held_from", LocalDate.class),
                        rs.getObject("held_to", LocalDate.class),
                        ConsultationMethod.valueOf(rs.getString("method")),
                        rs.getString("description"),
                        rs.getObject("participants", Integer.class)),
                runId);
        Map<String, List<EventRow>> byEvent = new LinkedHashMap<>();
        rows.forEach(row ->
                byEvent.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        return byEvent.values().stream()
                .map(groups -> {
                    EventRow first = groups.get(0);
                    return new ConsultationEvent(
                            first.id(),
                            groups.stream().map(EventRow::group).toList(),
                            first.from(),
                            first.to(),
                            first.method(),
                            first.description(),
                            first.participants());
                })
                .toList();
    }

    /** The run's DfE time period (e.g. 202425), from its headline, if it has one. */
    Optional<String> timePeriod(long runId) {
        return jdbc
                .queryForList("SELECT time_period FROM review_headline WHERE run_id = ?", String.class, runId)
                .stream()
                .findFirst();
    }

    /** One row of consultation_event: an activity and one group it reached. */
    private record EventRow(
            String id,
            ConsulteeGroup group,
            LocalDate from,
            LocalDate to,
            ConsultationMethod method,
            String description,
            Integer participants) {}
}
