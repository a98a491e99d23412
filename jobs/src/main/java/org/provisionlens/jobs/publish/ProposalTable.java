package org.provisionlens.jobs.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Table proposal: a proposal as written, per LA, replacing one of the same LA and id (the latest wins). */
public final class ProposalTable {

    /** One proposal to store. */
    public record Row(String laCode, String id, String name, String body, String format, String createdBy) {}

    private ProposalTable() {}

    /** @param origin manifest, upload, form or command */
    public static void upsert(Connection connection, String origin, Iterable<Row> rows) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO proposal (la_code, proposal_id, name,"
                + " body, body_format, origin, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (la_code, proposal_id) DO UPDATE SET name = EXCLUDED.name, body = EXCLUDED.body,"
                + " body_format = EXCLUDED.body_format, origin = EXCLUDED.origin, created_by = EXCLUDED.created_by,"
                + " created_at = now()")) {
            for (Row row : rows) {
                upsert.setString(1, row.laCode());
                upsert.setString(2, row.id());
                upsert.setString(3, row.name());
                upsert.setString(4, row.body());
                upsert.setString(5, row.format());
                upsert.setString(6, origin);
                upsert.setString(7, row.createdBy());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
