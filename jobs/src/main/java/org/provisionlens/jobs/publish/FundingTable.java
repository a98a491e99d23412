package org.provisionlens.jobs.publish;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.provisionlens.jobs.copy.Copy;
import org.provisionlens.jobs.copy.CsvRows;
import org.provisionlens.jobs.sources.FundingShare;

/** The service_funding table of a run: who funds each service, with shares and amounts where given. */
final class FundingTable {

    private FundingTable() {}

    static void write(Connection connection, long runId, List<FundingShare> funding) throws SQLException, IOException {
        CsvRows rows = new CsvRows();
        for (FundingShare share : funding) {
            rows.add(
                    runId,
                    share.serviceId(),
                    share.funder().name(),
                    share.funderName(),
                    share.sharePct(),
                    share.annualAmount(),
                    share.arrangement());
        }
        Copy.rows(
                connection,
                "service_funding (run_id, service_id, funder, funder_name, share_pct, annual_amount, arrangement)",
                rows);
    }
}
