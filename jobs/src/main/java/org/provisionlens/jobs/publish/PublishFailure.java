package org.provisionlens.jobs.publish;

import java.sql.SQLException;

/**
 * A run the database could not take: its publishing transaction was rolled back or never committed, so nothing of it
 * is visible and its LA's last published run stands (unless the connection failed on the commit itself, when the
 * message says the outcome is unknown). The message is for the person who ran it: what failed, and what that means.
 */
public final class PublishFailure extends IllegalStateException {

    private PublishFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure of writing a run to {@code database} (a description without credentials). */
    static PublishFailure of(String database, boolean committing, Exception cause) {
        String why = cause.getMessage();
        if (!lostConnection(cause)) {
            return new PublishFailure(
                    "not published: writing the run to " + database + " failed (" + why + "). Nothing of this run was"
                            + " published: its publishing transaction was rolled back, and the last published run"
                            + " stands.",
                    cause);
        }
        if (committing) {
            return new PublishFailure(
                    "the connection to " + database + " failed as the run was being committed (" + why + "), so"
                            + " whether it was published is not known: the runs page shows it as published only if the"
                            + " commit was made.",
                    cause);
        }
        return new PublishFailure(
                "not published: the connection to " + database + " failed while the run was being written (" + why
                        + "). Nothing of this run was published: its publishing transaction was never committed, and"
                        + " the last published run stands.",
                cause);
    }

    /**
     * Whether the database went away: a connection exception (SQLSTATE class 08) or an operator intervention (57P:
     * shutdown, crash, cannot connect now) anywhere in the causes.
     */
    static boolean lostConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }
}
