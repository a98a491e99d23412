package org.provisionlens.jobs.publish;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.provisionlens.jobs.conform.HealthGeography;
import org.provisionlens.jobs.copy.Copy;
import org.provisionlens.jobs.copy.CsvRows;
import org.provisionlens.jobs.sources.SubIcbLocation;

/** The run's NHS geography: every row of its sub-ICB lookup (health_geography) and the LA's place (run_health_place). */
final class HealthGeographyTables {

    private HealthGeographyTables() {}

    static void write(Connection connection, long runId, HealthGeography geography) throws SQLException, IOException {
        CsvRows rows = new CsvRows();
        for (SubIcbLocation location : geography.locations()) {
            rows.add(
                    runId,
                    location.code(),
                    location.shortCode(),
                    location.name(),
                    location.icbCode(),
                    location.icbShortCode(),
                    location.icbName(),
                    location.regionCode(),
                    location.regionName());
        }
        Copy.rows(
                connection,
                "health_geography (run_id, sub_icb_code, sub_icb_short_code, sub_icb_name, icb_code, icb_short_code,"
                        + " icb_name, region_code, region_name)",
                rows);
        if (geography.place() != null) {
            Copy.rows(
                    connection,
                    "run_health_place (run_id, sub_icb_code)",
                    new CsvRows().add(runId, geography.place().code()));
        }
    }
}
