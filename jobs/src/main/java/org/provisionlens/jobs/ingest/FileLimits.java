package org.provisionlens.jobs.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The largest files the platform reads, each kind with its own limit, so that a broken or hostile file (a 40 GB
 * "CSV", a 2 GB JSON feed) is refused before it is read, with a message naming the file, its size and the limit. The
 * limits are system properties (bytes), read at each check so that a council can raise one for a single run ({@code
 * java -Dprovision-lens.max-in-memory-file-bytes=1073741824 -jar ...}). Manifests have their own limit, {@link
 * org.provisionlens.jobs.manifest.ManifestLimits}.
 */
public final class FileLimits {

    /** Files Spark reads line by line (CSV inputs): {@value #STREAMED_DEFAULT_BYTES} bytes (10 GiB) by default. */
    public static final String STREAMED_PROPERTY = "provision-lens.max-file-bytes";

    public static final long STREAMED_DEFAULT_BYTES = 10L << 30;

    /**
     * Inputs read whole into the driver's memory (JSON, GeoJSON and comment files): {@value #IN_MEMORY_DEFAULT_BYTES}
     * bytes (256 MiB) by default.
     */
    public static final String IN_MEMORY_PROPERTY = "provision-lens.max-in-memory-file-bytes";

    public static final long IN_MEMORY_DEFAULT_BYTES = 256L << 20;

    private FileLimits() {}

    /** The limit in force for a kind of file: its system property when set to a whole number, else its default. */
    public static long limit(String property, long defaultBytes) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return defaultBytes;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "system property " + property + " must be a number of bytes, was '" + value + "'", e);
        }
    }

    /**
     * Why a file of {@code bytes} is refused under {@code limit}, or null when it fits.
     *
     * @param described how messages name the file (e.g. {@code input 'schools' (schools.csv)})
     */
    public static String tooLarge(String described, long bytes, long limit, String property) {
        if (bytes <= limit) {
            return null;
        }
        return String.format(
                "%s is %,d bytes; at most %,d are read (set the system property %s to raise the limit)",
                described, bytes, limit, property);
    }

    /** Refuses {@code path} with an {@link InputException} when it is larger than the limit. */
    public static void check(String described, Path path, String property, long defaultBytes) {
        check(described, path, property, defaultBytes, InputException::new);
    }

    /** Refuses {@code path} with the exception {@code refusal} makes of the message when it is too large. */
    public static void check(
            String described,
            Path path,
            String property,
            long defaultBytes,
            Function<String, ? extends RuntimeException> refusal) {
        long bytes;
        try {
            bytes = Files.size(path);
        } catch (IOException e) {
            // the reader names the missing or unreadable file itself
            return;
        }
        String problem = tooLarge(described, bytes, limit(property, defaultBytes), property);
        if (problem != null) {
            throw refusal.apply(problem);
        }
    }
}
