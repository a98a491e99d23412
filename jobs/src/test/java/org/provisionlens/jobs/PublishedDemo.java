package org.provisionlens.jobs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.jobs.manifest.RunManifest;
import org.provisionlens.jobs.run.ReviewRun;
import org.provisionlens.jobs.run.RunOutcome;

/**
 * Trafford's published demo run (jobs/demo-data/trafford-review.json) in the shared test database: the one already
 * published when Trafford's published run is the demo manifest's, or else a new run of it.
 */
public final class PublishedDemo {

    private PublishedDemo() {}

    public static long runId(SparkSession spark, DataSource database) throws SQLException {
        String manifest = SparkTestSession.demoManifest().toString();
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT p.run_id FROM published_run p JOIN"
                                + " review_run r ON r.run_id = p.run_id WHERE p.la_code = 'E08000009' AND r.manifest_path = ?")) {
            statement.setString(1, manifest);
            try (ResultSet result = statement.executeQuery()) {
                if (result.next()) {
                    return result.getLong(1);
                }
            }
        }
        RunOutcome outcome = new ReviewRun(
                        spark, database, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(RunManifest.read(SparkTestSession.demoManifest()));
        if (outcome.runId() == null || outcome.exitStatus() != RunOutcome.PUBLISHED) {
            throw new IllegalStateException("the demo run did not publish: " + outcome.message());
        }
        return outcome.runId();
    }
}
