package org.provisionlens.jobs.impact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.provisionlens.core.reorganisation.Proposal;

/** Stores a proposal file as written in table proposal (origin 'command'), replacing one of the same LA and id. */
final class ProposalStore {

    private ProposalStore() {}

    static void save(DataSource database, Proposal proposal, Path file) throws SQLException, IOException {
        String body = Files.readString(file, StandardCharsets.UTF_8);
        String format = body.replace("\uFEFF", "").stripLeading().startsWith("{") ? "json" : "yaml";
        try (Connection connection = database.getConnection();
                PreparedStatement upsert = connection.prepareStatement("INSERT INTO proposal (la_code, proposal_id,"
                        + " name, body, body_format, origin, created_by) VALUES (?, ?, ?, ?, ?, 'command', ?)"
                        + " ON CONFLICT (la_code, proposal_id) DO UPDATE SET name = EXCLUDED.name, body = EXCLUDED.body,"
                        + " body_format = EXCLUDED.body_format, origin = EXCLUDED.origin,"
                        + " created_by = EXCLUDED.created_by, created_at = now()")) {
            upsert.setString(1, proposal.laCode());
            upsert.setString(2, proposal.id());
            upsert.setString(3, proposal.name());
            upsert.setString(4, body);
            upsert.setString(5, format);
            upsert.setString(6, "impact command (" + System.getProperty("user.name", "unknown user") + ")");
            upsert.executeUpdate();
        }
    }
}
