package org.provisionlens.jobs.impact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.jobs.publish.ProposalTable;

/** Stores a proposal file as written in table proposal (origin 'command'), replacing one of the same LA and id. */
final class ProposalStore {

    private ProposalStore() {}

    static void save(DataSource database, Proposal proposal, Path file) throws SQLException, IOException {
        String body = Files.readString(file, StandardCharsets.UTF_8);
        String format = body.replace("\uFEFF", "").stripLeading().startsWith("{") ? "json" : "yaml";
        try (Connection connection = database.getConnection()) {
            ProposalTable.upsert(
                    connection,
                    "command",
                    List.of(new ProposalTable.Row(
                            proposal.laCode(),
                            proposal.id(),
                            proposal.name(),
                            body,
                            format,
                            "impact command (" + System.getProperty("user.name", "unknown user") + ")")));
        }
    }
}
