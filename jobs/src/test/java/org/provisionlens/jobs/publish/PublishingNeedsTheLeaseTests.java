package org.provisionlens.jobs.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.provisionlens.db.TestDatabases;

/** The run is marked published, and the pointer flipped, only while the run still holds its LA's lease. */
class PublishingNeedsTheLeaseTests {

    private final DataSource database = TestDatabases.shared().dataSource();
    private final RunStore runs = new RunStore(database);

    @Test
    void aRunHoldingItsLeasePublishes() throws SQLException {
        long runId;
        try (RunLease lease = RunLease.take(database, "E09000901").orElseThrow()) {
            runId = runs.start("lease holder", "m.json", lease, "sha");
            try (Connection connection = database.getConnection()) {
                Publisher.markPublished(connection, runId, "E09000901", "Test LA", "sha-2");
            }
        }
        assertThat(text("SELECT status FROM review_run WHERE run_id = " + runId))
                .isEqualTo("published");
        assertThat(text("SELECT run_id::text FROM published_run WHERE la_code = 'E09000901'"))
                .isEqualTo(String.valueOf(runId));
    }

    @Test
    void aRunThatLostItsLeaseNeverPublishes() throws SQLException {
        long runId;
        try (RunLease lease = RunLease.take(database, "E09000902").orElseThrow()) {
            runId = runs.start("lost its lease", "m.json", lease, "sha");
        } // the lease's session ends here, as when the database drops it
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            long id = runId;
            assertThatThrownBy(() -> Publisher.markPublished(connection, id, "E09000902", "Test LA", "sha-2"))
                    .hasMessage("Review run " + id + " lost its lease of E09000902 (its database session ended, so it"
                            + " shows as abandoned) before it was published; nothing of it was published");
            connection.rollback();
        }
        assertThat(text("SELECT status FROM review_run WHERE run_id = " + runId))
                .isEqualTo("running");
        assertThat(text("SELECT status || ': ' || message FROM review_run_state WHERE run_id = " + runId))
                .isEqualTo("failed: abandoned: the process stopped during starting");
        assertThat(text("SELECT count(*)::text FROM published_run WHERE la_code = 'E09000902'"))
                .isEqualTo("0");
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }
}
