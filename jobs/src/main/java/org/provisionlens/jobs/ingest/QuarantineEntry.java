package org.provisionlens.jobs.ingest;

import java.util.Objects;

/**
 * A failed check of one field of one input row: where (the file and its line, or a JSON pointer for JSON inputs),
 * which field, the value as given, and the reason in words a person can act on.
 *
 * <p>A value longer than {@value #SHOWN_CHARS} characters is kept as its first 100 and its length.
 *
 * <p>Values may be personal data (comment text, contact details): a quarantine entry goes to the restricted
 * quarantine table and page, never to a log.
 */
public record QuarantineEntry(
        String inputName, String file, Long line, String pointer, String field, String value, String reason) {

    public QuarantineEntry {
        Objects.requireNonNull(inputName, "inputName");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        if (line == null && pointer == null) {
            throw new IllegalArgumentException("a quarantine entry needs a line or a JSON pointer");
        }
        value = shown(value);
    }

    /** The longest value an entry holds in full; a longer one (a 5 MB "name") is cut to its start and its length. */
    public static final int SHOWN_CHARS = 200;

    /** {@code value} as an entry holds it: whole up to {@value #SHOWN_CHARS} characters, else its start and length. */
    public static String shown(String value) {
        if (value == null || value.length() <= SHOWN_CHARS) {
            return value;
        }
        return value.substring(0, 100) + String.format("… (%,d characters)", value.length());
    }

    public static QuarantineEntry atLine(
            String inputName, String file, long line, String field, String value, String reason) {
        return new QuarantineEntry(inputName, file, line, null, field, value, reason);
    }

    public static QuarantineEntry atPointer(
            String inputName, String file, String pointer, String field, String value, String reason) {
        return new QuarantineEntry(inputName, file, null, pointer, field, value, reason);
    }

    /** "line 12" or "/contents/3/name": where to look. */
    public String location() {
        return line != null ? "line " + line : pointer;
    }
}
