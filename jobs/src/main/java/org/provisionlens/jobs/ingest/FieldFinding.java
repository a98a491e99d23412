package org.provisionlens.jobs.ingest;

import java.util.Objects;

/**
 * A fault in an optional field of a row that was kept: where (the file and its line, or a JSON pointer), which
 * service, which field, the value as given, what was kept ({@code keptAs}: the cleaned value, or {@code null} when the
 * field was left empty) and why, in words a person can act on. Unlike a {@link QuarantineEntry}, the row is accepted.
 *
 * <p>Values are often contact details (an email address, a phone number): a finding goes to the restricted
 * {@code input_finding} table and pages, never to a log or a public page.
 *
 * @param serviceId the platform's id of the row's service ({@code inputName:sourceId})
 */
public record FieldFinding(
        String inputName,
        String file,
        Long line,
        String pointer,
        String serviceId,
        String field,
        String value,
        String keptAs,
        String reason) {

    public FieldFinding {
        Objects.requireNonNull(inputName, "inputName");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        if (line == null && pointer == null) {
            throw new IllegalArgumentException("a finding needs a line or a JSON pointer");
        }
    }

    /** "line 12" or "/contents/3/email": where to look. */
    public String location() {
        return line != null ? "line " + line : pointer;
    }
}
