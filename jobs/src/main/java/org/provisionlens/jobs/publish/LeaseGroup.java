package org.provisionlens.jobs.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The leases of many LAs held by one database session (a national run): the same advisory lock per LA a single run
 * takes ({@link RunLease}), all on one connection, so a national run of 150 LAs needs one connection, not 150. While the
 * session lives no other run of any of its LAs can start, and each LA's run can publish; when the process dies,
 * PostgreSQL ends the session and every lease is free again, so the runs show as abandoned.
 */
public final class LeaseGroup implements AutoCloseable {

    private final Connection session;
    private final Map<String, RunLease> leases;

    private LeaseGroup(Connection session, Map<String, RunLease> leases) {
        this.session = session;
        this.leases = leases;
    }

    /** What taking the leases gave: the group, or the LAs whose lease another session holds (none taken then). */
    public record Taken(LeaseGroup group, List<String> refused) {}

    /** Takes every LA's lease on one new connection, or none of them when another session holds any. */
    public static Taken take(DataSource dataSource, Collection<String> laCodes) {
        Connection session = null;
        try {
            session = dataSource.getConnection();
            int pid;
            OffsetDateTime backendStart;
            try (PreparedStatement who = session.prepareStatement(
                            "SELECT pid, backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid()");
                    ResultSet row = who.executeQuery()) {
                row.next();
                pid = row.getInt(1);
                backendStart = row.getObject(2, OffsetDateTime.class);
            }
            Map<String, RunLease> leases = new LinkedHashMap<>();
            List<String> refused = new ArrayList<>();
            for (String la : laCodes) {
                if (ask(session, "SELECT review_run_lease_try(?)", la)) {
                    leases.put(la, new RunLease(session, la, pid, backendStart));
                } else {
                    refused.add(la);
                }
            }
            if (!refused.isEmpty()) {
                session.close(); // gives back the leases it did take
                return new Taken(null, refused);
            }
            return new Taken(new LeaseGroup(session, leases), List.of());
        } catch (SQLException e) {
            if (session != null) {
                try {
                    session.close();
                } catch (SQLException ignored) {
                    // already failing
                }
            }
            throw new IllegalStateException("Could not take the run leases: " + e.getMessage(), e);
        }
    }

    /** The LA's lease, to register its run with ({@link RunStore#start}); closing the group releases it. */
    public RunLease lease(String laCode) {
        return leases.get(laCode);
    }

    /** Fails when the group's session has gone. */
    public void check() {
        leases.values().stream().findFirst().ifPresent(RunLease::check);
    }

    @Override
    public void close() {
        try (session) {
            for (String la : leases.keySet()) {
                ask(session, "SELECT review_run_lease_release(?)", la);
            }
        } catch (SQLException e) {
            // closing the session gives the leases back anyway
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
}
