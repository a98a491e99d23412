package org.provisionlens.jobs.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A run's hold on its local authority: a PostgreSQL session advisory lock keyed by the LA (migration V6), on a
 * connection of its own that stays open for the whole run. Only one session holds an LA's lease; when the process dies,
 * PostgreSQL ends the session and the lease is free again, so a run still marked running without a live lease is known
 * to be abandoned.
 */
public final class RunLease implements AutoCloseable {

    private final Connection session;
    private final String laCode;
    private final int pid;
    private final OffsetDateTime backendStart;

    RunLease(Connection session, String laCode, int pid, OffsetDateTime backendStart) {
        this.session = session;
        this.laCode = laCode;
        this.pid = pid;
        this.backendStart = backendStart;
    }

    /** Takes the LA's lease on a new connection, or returns empty (and closes it) when another session holds it. */
    public static Optional<RunLease> take(DataSource dataSource, String laCode) {
        Connection session = null;
        try {
            session = dataSource.getConnection();
            if (!ask(session, "SELECT review_run_lease_try(?)", laCode)) {
                session.close();
                return Optional.empty();
            }
            try (PreparedStatement who = session.prepareStatement(
                            "SELECT pid, backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid()");
                    ResultSet row = who.executeQuery()) {
                row.next();
                return Optional.of(
                        new RunLease(session, laCode, row.getInt(1), row.getObject(2, OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            closeQuietly(session);
            throw new IllegalStateException("Could not take the run lease of " + laCode + ": " + e.getMessage(), e);
        }
    }

    /** The local authority the lease is for. */
    public String laCode() {
        return laCode;
    }

    /** The backend pid of the lease's session. */
    int pid() {
        return pid;
    }

    /** When the lease's session started: with the pid, it names the session. */
    OffsetDateTime backendStart() {
        return backendStart;
    }

    /** Fails when the lease's session has gone (the run would no longer be the LA's only run). */
    public void check() {
        try {
            if (!session.isValid(10)) {
                throw new IllegalStateException("The run lost its lease of " + laCode + ": its database session ended");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The run lost its lease of " + laCode + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (session) {
            ask(session, "SELECT review_run_lease_release(?)", laCode);
        } catch (SQLException e) {
            // closing the session gives the lease back anyway
        }
    }

    private static boolean ask(Connection session, String sql, String laCode) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setString(1, laCode);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection session) {
        if (session != null) {
            try {
                session.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }
}
