package org.provisionlens.jobs.manifest;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input of a review run: a file, or (for feeds that councils publish, such as Open Referral UK) a URL.
 *
 * @param name the manifest's name for it (e.g. {@code schools})
 * @param format the format its reader expects (e.g. {@code trafford-schools-csv}); see {@link InputFormat}
 * @param path the file, resolved against the manifest's folder; {@code null} for a URL input
 * @param url the feed's base URL; {@code null} for a file input
 * @param encoding the file's character encoding (UTF-8 unless the manifest or the format says otherwise)
 */
public record InputSpec(String name, String format, Path path, URI url, Charset encoding) {

    public InputSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        if ((path == null) == (url == null)) {
            throw new IllegalArgumentException("input '" + name + "' needs a path or a url (one of them)");
        }
        encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
    }

    public InputSpec(String name, String format, Path path) {
        this(name, format, path, null, null);
    }

    /** How messages name this input: its manifest name and file or URL. */
    public String describe() {
        return "input '" + name + "' (" + (path != null ? path : url) + ")";
    }

    /** The file's name, or the URL: what quarantine rows give as "file". */
    public String fileName() {
        return path != null ? path.getFileName().toString() : url.toString();
    }
}
