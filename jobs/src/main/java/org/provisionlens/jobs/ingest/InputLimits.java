package org.provisionlens.jobs.ingest;

/**
 * The largest values the platform accepts, so that a broken or hostile file (a 5 MB service name, a 40 GB "CSV")
 * gets a clear message instead of filling memory or a page. A field over its limit is a fault of that field: in a
 * required field (a service's name) the row is quarantined; in an optional one the field is left empty and the
 * finding recorded. A file over its limit is refused before it is read, with its size and the limit named.
 */
public final class InputLimits {

    /** A name: a service's, an organisation's, a location's. */
    public static final int NAME_CHARS = 1_000;

    /** Free text: a description, eligibility, a comment's text. */
    public static final int TEXT_CHARS = 100_000;

    /** Any other single field: codes, emails, web addresses, phone numbers, dates, numbers. */
    public static final int FIELD_CHARS = 2_000;

    private InputLimits() {}

    /**
     * Why {@code value} is too long for a field of at most {@code limit} characters, or null when it fits.
     *
     * @param field the field's name as the file gives it
     */
    public static String tooLong(String field, String value, int limit) {
        if (value == null || value.length() <= limit) {
            return null;
        }
        return String.format(
                "%s is %,d characters long; at most %,d are accepted (is the file broken?)",
                field, value.length(), limit);
    }
}
