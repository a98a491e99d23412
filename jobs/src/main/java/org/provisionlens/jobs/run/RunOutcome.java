package org.provisionlens.jobs.run;

import org.provisionlens.jobs.exit.ExitCode;

/**
 * How a review run ended, and the exit status of the command: 0 published, 3 published with quarantined rows, 2 not
 * published because an input or the manifest could not be used, 1 not published because of an unexpected failure, 4
 * refused because another run for the same LA is in progress (no run id).
 */
public record RunOutcome(Long runId, int exitStatus, String message) {

    public static final int PUBLISHED = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int PUBLISHED_WITH_QUARANTINE = 3;
    public static final int REFUSED_RUN_IN_PROGRESS = 4;

    /** The command's exit code for this outcome. */
    public ExitCode exitCode() {
        return ExitCode.of(exitStatus);
    }
}
