package org.provisionlens.jobs.publish;

import java.io.IOException;
import java.sql.Connection;
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
        ProposalTable.upsert(
                connection,
                "manifest",
                proposals.stream()
                        .map(p -> new ProposalTable.Row(
                                p.laCode(), p.id(), p.name(), p.body(), p.format(), "review run " + runId))
                        .toList());
    }
}
