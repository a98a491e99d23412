package org.provisionlens.jobs.exit;

import java.util.Arrays;

/**
 * The exit status of every command of the jobs' command line, named for what it means. A script (or the demo build)
 * can tell "done", "done, but look at the quarantine", "fix your input" and "try again later" apart.
 */
public enum ExitCode {
    /** Done: the run was published, the files validated, the table exported, the comments written. */
    DONE(0, "done"),
    /** Not done because of an unexpected failure (a bug, a database or disk that failed); the message says what. */
    FAILED(1, "unexpected failure"),
    /** Not done: the command line, the manifest or an input cannot be used; the message names what was expected. */
    BAD_INPUT(2, "bad input or usage"),
    /** Done (published or validated), with rows quarantined: see the run's quarantine page or the quarantine file. */
    DONE_WITH_QUARANTINE(3, "done, with quarantined rows"),
    /** Refused: another review run for the same local authority is in progress. */
    REFUSED_RUN_IN_PROGRESS(4, "refused: another review run for the same LA is in progress");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The number the process exits with. */
    public int code() {
        return code;
    }

    /** What the number means, in a few words (for the usage text). */
    public String meaning() {
        return meaning;
    }

    /** The exit code of a number; an unknown number is an unexpected failure. */
    public static ExitCode of(int code) {
        return Arrays.stream(values())
                .filter(exit -> exit.code == code)
                .findFirst()
                .orElse(FAILED);
    }
}
