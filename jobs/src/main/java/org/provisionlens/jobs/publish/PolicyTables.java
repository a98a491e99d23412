package org.provisionlens.jobs.publish;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.provisionlens.core.reorganisation.TransportPolicy;
import org.provisionlens.core.sufficiency.PlacementCosts;
import org.provisionlens.jobs.copy.Copy;
import org.provisionlens.jobs.copy.CsvRows;
import org.provisionlens.jobs.manifest.ManifestProposal;

/**
 * What a reorganisation proposal is judged against, kept with the run: its transport policy and placement costs; and
 * the proposals its manifest names, stored for its LA (replacing a proposal of the same id).
 */
final class PolicyTables {

    private PolicyTables() {}

    static void write(
            Connection connection,
            long runId,
            TransportPolicy transport,
            PlacementCosts costs,
            List<ManifestProposal> proposals)
            throws SQLException, IOException {
        Copy.rows(
                connection,
                "run_transport_policy (run_id, max_miles, cost_per_mile, journeys_per_year, source)",
                new CsvRows()
                        .add(
                                runId,
                                Math.round(transport.maxMiles() * 100) / 100.0,
                                transport.costPerMile(),
                                transport.journeysPerYear(),
                                transport.source()));
        CsvRows costRows = new CsvRows();
        costs.defaults()
                .forEach((kind, cost) -> costRows.add(runId, kind.name(), cost.perPlacePerYear(), cost.source()));
        Copy.rows(connection, "run_placement_cost (run_id, provision_kind, per_place_per_year, source)", costRows);
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO proposal (la_code, proposal_id, name,"
                + " body, body_format, origin, created_by) VALUES (?, ?, ?, ?, ?, 'manifest', 'review run ' || ?)"
                + " ON CONFLICT (la_code, proposal_id) DO UPDATE SET name = EXCLUDED.name, body = EXCLUDED.body,"
                + " body_format = EXCLUDED.body_format, origin = EXCLUDED.origin, created_by = EXCLUDED.created_by,"
                + " created_at = now()")) {
            for (ManifestProposal proposal : proposals) {
                upsert.setString(1, proposal.laCode());
                upsert.setString(2, proposal.id());
                upsert.setString(3, proposal.name());
                upsert.setString(4, proposal.body());
                upsert.setString(5, proposal.format());
                upsert.setLong(6, runId);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
