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
        Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        jdbc.query(
                """
                SELECT event_id, consultee_group, held_from, held_to, method, description, participants
                  FROM consultation_event WHERE run_id = ?
                 ORDER BY held_from, event_id, array_position(consultee_groups(), consultee_group)
                """,
                rs -> {
                    rows.computeIfAbsent(rs.getString("event_id"), id -> new ArrayList<>())
                            .add(new Object[] {
                                rs.getString("consultee_group"),
                                rs.getObject("held_from", LocalDate.class),
                                rs.getObject("held_to", LocalDate.class),
                                rs.getString("method"),
                                rs.getString("description"),
                                rs.getObject("participants", Integer.class)
                            });
                },
                runId);
        List<ConsultationEvent> events = new ArrayList<>();
        rows.forEach((id, groups) -> {
            Object[] first = groups.get(0);
            events.add(new ConsultationEvent(
                    id,
                    groups.stream()
                            .map(row -> ConsulteeGroup.valueOf((String) row[0]))
                            .toList(),
                    (LocalDate) first[1],
                    (LocalDate) first[2],
                    ConsultationMethod.valueOf((String) first[3]),
                    (String) first[4],
                    (Integer) first[5]));
        });
        return events;
    }

    /** The run's DfE time period (e.g. 202425), from its headline, if it has one. */
    Optional<String> timePeriod(long runId) {
        return jdbc
                .queryForList("SELECT time_period FROM review_headline WHERE run_id = ?", String.class, runId)
                .stream()
                .findFirst();
    }
}
