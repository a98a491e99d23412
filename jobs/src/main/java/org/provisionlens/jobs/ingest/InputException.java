package org.provisionlens.jobs.ingest;

/**
 * A whole input that cannot be read (missing, empty, wrong columns, no rows for the run's area): the run stops and
 * nothing of it is published. The message names the file and what was expected.
 */
public final class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
