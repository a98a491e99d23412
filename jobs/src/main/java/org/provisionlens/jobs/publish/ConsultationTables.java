package org.provisionlens.jobs.publish;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.provisionlens.core.consultation.ConsultationEvent;
import org.provisionlens.core.consultation.ConsulteeGroup;
import org.provisionlens.jobs.copy.Copy;
import org.provisionlens.jobs.copy.CsvRows;

/** The consultation register of the run: a row per event and consultee group it reached (table consultation_event). */
final class ConsultationTables {

    private ConsultationTables() {}

    static void write(Connection connection, long runId, List<ConsultationEvent> events)
            throws SQLException, IOException {
        CsvRows rows = new CsvRows();
        for (ConsultationEvent event : events) {
            for (ConsulteeGroup group : event.groups()) {
                rows.add(
                        runId,
                        event.eventId(),
                        group.name(),
                        event.heldFrom().toString(),
                        event.heldTo() == null ? null : event.heldTo().toString(),
                        event.method().name(),
                        event.description(),
                        event.participants());
            }
        }
        Copy.rows(
                connection,
                "consultation_event (run_id, event_id, consultee_group, held_from, held_to, method, description,"
                        + " participants)",
                rows);
    }
}
