package org.provisionlens.jobs.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/** The review_run rows: a run is registered as running, moves through its stages, and ends published or failed. */
public final class RunStore {

    private final DataSource dataSource;

    public RunStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long start(String manifestName, String manifestPath, String laCode, String inputsSha256) {
        String sql = "INSERT INTO review_run (manifest_name, manifest_path, la_code, status, stage, inputs_sha256,"
                + " started_at) VALUES (?, ?, ?, 'running', 'starting', ?, ?) RETURNING run_id";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, manifestName);
            statement.setString(2, manifestPath);
            statement.setString(3, laCode);
            statement.setString(4, inputsSha256);
            statement.setTimestamp(5, Timestamp.from(Instant.now()));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not register the review run: " + e.getMessage(), e);
        }
    }

    /** Records the stage a running run has reached (the runs page shows it). */
    public void stage(long runId, String stage) {
        update("UPDATE review_run SET stage = ? WHERE run_id = ? AND status = 'running'", stage, runId);
    }

    /** Marks the run failed with the reason; whatever was published before stays published. */
    public void fail(long runId, String message) {
        String sql = "UPDATE review_run SET status = 'failed', message = ?, finished_at = now() WHERE run_id = ?";
        update(sql, message, runId);
    }

    private void update(String sql, String text, long runId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, text);
            statement.setLong(2, runId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update review run " + runId + ": " + e.getMessage(), e);
        }
    }
}
