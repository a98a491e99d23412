package org.provisionlens.jobs.manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The largest manifest read (a review's or a national run's): {@value #DEFAULT_BYTES} bytes (1 MiB) unless the system
 * property {@value #PROPERTY} says otherwise. A manifest names files; one larger than this is not a manifest.
 */
public final class ManifestLimits {

    public static final String PROPERTY = "provision-lens.max-manifest-bytes";

    public static final long DEFAULT_BYTES = 1L << 20;

    private ManifestLimits() {}

    /** Refuses a manifest over the limit with a {@link ManifestException} naming the file, its size and the limit. */
    public static void check(Path file) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            return;
        }
        long limit;
        try {
            limit = Long.parseLong(
                    System.getProperty(PROPERTY, Long.toString(DEFAULT_BYTES)).trim());
        } catch (NumberFormatException e) {
            throw new ManifestException("system property " + PROPERTY + " must be a number of bytes, was '"
                    + System.getProperty(PROPERTY) + "'");
        }
        if (bytes > limit) {
            throw new ManifestException(String.format(
                    "%s is %,d bytes; a manifest of at most %,d is read (set the system property %s to raise the"
                            + " limit)",
                    file, bytes, limit, PROPERTY));
        }
    }
}
