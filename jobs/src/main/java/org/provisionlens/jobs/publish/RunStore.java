package org.provisionlens.jobs.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The review_run rows: a run is registered as running under its lease, moves through its stages, and ends published or
 * failed; a run whose process stopped is abandoned (failed).
 */
public final class RunStore {

    private final DataSource dataSource;

    public RunStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A run in progress, as another run for its LA is told of it. */
    public record RunInProgress(long runId, String stage, OffsetDateTime startedAt) {}

    /** Registers a run of the lease's LA as running, with the session that holds its lease. */
    public long start(String manifestName, String manifestPath, RunLease lease, String inputsSha256) {
        String sql = "INSERT INTO review_run (manifest_name, manifest_path, la_code, status, stage, inputs_sha256,"
                + " started_at, lease_pid, lease_backend_start) VALUES (?, ?, ?, 'running', 'starting', ?, ?, ?, ?)"
                + " RETURNING run_id";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, manifestName);
            statement.setString(2, manifestPath);
            statement.setString(3, lease.laCode());
            statement.setString(4, inputsSha256);
            statement.setTimestamp(5, Timestamp.from(Instant.now()));
            statement.setInt(6, lease.pid());
            statement.setObject(7, lease.backendStart());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not register the review run: " + e.getMessage(), e);
        }
    }

    /**
     * Writes for good what review_run_state derives for the LA's runs whose process stopped: failed, "abandoned: the
     * process stopped during (stage)". Called by the run that has just taken the LA's lease, so no other run of the LA
     * can be alive. Returns how many runs it marked.
     */
    public int markAbandoned(String laCode) {
        String sql = "UPDATE review_run r SET status = s.status, message = s.message FROM review_run_state s"
                + " WHERE s.run_id = r.run_id AND r.la_code = ? AND r.status = 'running' AND s.status = 'failed'";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, laCode);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not mark the abandoned runs of " + laCode + ": " + e.getMessage(), e);
        }
    }

    /** The LA's run in progress (its lease alive), if the runs table shows one. */
    public Optional<RunInProgress> inProgress(String laCode) {
        String sql = "SELECT run_id, stage, started_at FROM review_run_state WHERE la_code = ? AND status = 'running'"
                + " ORDER BY started_at DESC, run_id DESC LIMIT 1";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, laCode);
            try (ResultSet result = statement.executeQuery()) {
                return result.next()
                        ? Optional.of(new RunInProgress(
                                result.getLong(1), result.getString(2), result.getObject(3, OffsetDateTime.class)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the runs of " + laCode + ": " + e.getMessage(), e);
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
