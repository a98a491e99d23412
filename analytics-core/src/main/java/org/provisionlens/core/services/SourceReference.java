package org.provisionlens.core.services;

import java.util.Objects;

/**
 * Where a listing came from: the input's name, its format, the file and the place in it ("line 12" or a JSON pointer
 * such as "/contents/3"), and the identifier the source gave it.
 */
public record SourceReference(String inputName, String format, String file, String location, String sourceId) {

    public SourceReference {
        Objects.requireNonNull(inputName, "inputName");
        Objects.requireNonNull(format, "format");
    }
}
