package org.provisionlens.jobs.ingest;

/**
 * What is kept of an optional field after cleaning: the value (cleaned, or {@code null} when the field is left
 * empty) and, when the field as given was faulty, the reason (otherwise {@code null}: nothing to record).
 */
public record OptionalValue(String kept, String reason) {

    public static OptionalValue fine(String value) {
        return new OptionalValue(value, null);
    }

    public static OptionalValue cleaned(String value, String reason) {
        return new OptionalValue(value, reason);
    }

    public static OptionalValue emptied(String reason) {
        return new OptionalValue(null, reason);
    }

    /** Whether the field as given was faulty: a finding is recorded. */
    public boolean isFinding() {
        return reason != null;
    }
}
