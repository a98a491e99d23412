package org.provisionlens.jobs.manifest;

/** A run manifest that cannot be used, with a message a person can act on. Nothing of the run is published. */
public final class ManifestException extends RuntimeException {

    public ManifestException(String message) {
        super(message);
    }

    public ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
