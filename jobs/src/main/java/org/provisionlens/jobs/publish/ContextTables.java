package org.provisionlens.jobs.publish;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.provisionlens.core.demand.CommunityWait;
import org.provisionlens.jobs.copy.Copy;
import org.provisionlens.jobs.copy.CsvRows;
import org.provisionlens.jobs.copy.TableSink;
import org.provisionlens.jobs.manifest.ManifestThresholds;

/** What the review is read against: the verdict thresholds the run used, and the NHS community health waits. */
public final class ContextTables {

    private ContextTables() {}

    static void write(Connection connection, long runId, ManifestThresholds thresholds, List<CommunityWait> waits)
            throws SQLException, IOException {
        writeThresholds(TableSink.copyTo(connection), runId, thresholds);
        CsvRows waitRows = new CsvRows();
        for (CommunityWait wait : waits) {
            waitRows.add(
                    runId,
                    wait.areaType().name(),
                    wait.area(),
                    wait.month().atDay(1).toString(),
                    wait.therapy().name(),
                    wait.waiting(),
                    wait.over18To52Weeks(),
                    wait.over52Weeks());
        }
        Copy.rows(
                connection,
                "community_wait (run_id, area_type, area_name, month, therapy, waiting, over_18_to_52_weeks,"
                        + " over_52_weeks)",
                waitRows);
    }

    /** review_threshold: the verdict thresholds the run used, and where each came from. */
    public static void writeThresholds(TableSink sink, long runId, ManifestThresholds thresholds)
            throws SQLException, IOException {
        CsvRows rows = new CsvRows();
        thresholds.byName().forEach((name, value) -> rows.add(runId, name, value, thresholds.source(name)));
        sink.rows("review_threshold (run_id, threshold, value, source)", rows);
    }
}
