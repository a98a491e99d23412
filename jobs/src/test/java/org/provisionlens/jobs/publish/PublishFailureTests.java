package org.provisionlens.jobs.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What a run that could not be published says: the database, what failed, and what that means for the run. */
class PublishFailureTests {

    private static final String DATABASE = "PostgreSQL at jdbc:postgresql://localhost:5432/postgres";

    @Test
    void aConnectionLostWhileWritingSaysNothingWasPublished() {
        SQLException shutdown =
                new SQLException("FATAL: terminating connection due to immediate shutdown command", "57P01");

        assertThat(PublishFailure.of(DATABASE, false, shutdown).getMessage())
                .isEqualTo("not published: the connection to PostgreSQL at jdbc:postgresql://localhost:5432/postgres"
                        + " failed while the run was being written (FATAL: terminating connection due to immediate"
                        + " shutdown command). Nothing of this run was published: its publishing transaction was never"
                        + " committed, and the last published run stands.");
    }

    @Test
    void aConnectionLostOnTheCommitSaysTheOutcomeIsNotKnown() {
        SQLException io = new SQLException("An I/O error occurred while sending to the backend.", "08006");

        assertThat(PublishFailure.of(DATABASE, true, io).getMessage())
                .startsWith("the connection to " + DATABASE + " failed as the run was being committed (An I/O error")
                .endsWith("so whether it was published is not known: the runs page shows it as published only if"
                        + " the commit was made.");
    }

    @Test
    void anyOtherFailureSaysTheTransactionWasRolledBack() {
        SQLException constraint = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(PublishFailure.of(DATABASE, false, constraint).getMessage())
                .isEqualTo("not published: writing the run to " + DATABASE + " failed (duplicate key value violates"
                        + " unique constraint). Nothing of this run was published: its publishing transaction was"
                        + " rolled back, and the last published run stands.");
        assertThat(PublishFailure.of(DATABASE, false, new IOException("broken pipe"))
                        .getMessage())
                .startsWith("not published: writing the run to " + DATABASE + " failed (broken pipe).");
    }

    @Test
    void aLostConnectionIsFoundAmongTheCauses() {
        SQLException refused = new SQLException("Connection refused", "08001");

        assertThat(PublishFailure.lostConnection(new IOException("copy failed", refused)))
                .isTrue();
        assertThat(PublishFailure.lostConnection(new SQLException("admin shutdown", "57P01")))
                .isTrue();
        assertThat(PublishFailure.lostConnection(new SQLException("no state"))).isFalse();
        assertThat(PublishFailure.lostConnection(new SQLException("syntax", "42601")))
                .isFalse();
    }
}
