package org.provisionlens.core.comments.themes;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One theme of the taxonomy.
 *
 * @param code stable key, lower case letters, digits and underscores ({@code waiting_times})
 * @param label what a report calls it ({@code Waiting times})
 */
public record Theme(String code, String label) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");

    public Theme {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("theme code must be lower case letters, digits and _: " + code);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("theme " + code + " has no label");
        }
    }
}
