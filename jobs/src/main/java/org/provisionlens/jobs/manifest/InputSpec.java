package org.provisionlens.jobs.manifest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input of a review run.
 *
 * @param name the manifest's name for it (e.g. {@code schools})
 * @param format the format its reader expects (e.g. {@code trafford-schools-csv})
 * @param path the file, resolved against the manifest's folder
 */
public record InputSpec(String name, String format, Path path) {

    public InputSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
    }

    /** How messages name this input: its manifest name and file. */
    public String describe() {
        return "input '" + name + "' (" + path + ")";
    }
}
