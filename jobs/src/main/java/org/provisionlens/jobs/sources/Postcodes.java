package org.provisionlens.jobs.sources;

import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;

import java.util.Locale;
import org.apache.spark.sql.Column;

/** UK postcodes and postcode districts (outward codes): their formats, in Spark and in Java. */
final class Postcodes {

    /** A full postcode, upper case without spaces (the format of the Royal Mail, and GIR 0AA). */
    static final String FULL = "^([A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}|GIR0AA)$";

    /** A postcode district (outward code), upper case: M33, WA15, M1, EC1A. */
    static final String DISTRICT = "^[A-Z]{1,2}[0-9][A-Z0-9]?$";

    /** An outward code followed by an inward code, anywhere in a text: replacing it by group 1 keeps the district. */
    private static final String OUTWARD_THEN_INWARD = "(?i)\\b([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*[0-9][A-Z]{2}\\b";

    private Postcodes() {}

    /** The text upper case without spaces, as {@link #FULL} and {@link #DISTRICT} expect it. */
    static Column compact(Column text) {
        return upper(regexp_replace(trim(text), "\\s+", ""));
    }

    /** The text with every full postcode in it cut to its district: what quarantine rows may show. */
    static Column withoutInwardCodes(Column text) {
        return regexp_replace(text, OUTWARD_THEN_INWARD, "$1");
    }

    /** A full postcode as the Royal Mail writes it: upper case, one space before the inward code (the last 3). */
    static String normalise(String postcode) {
        String compact = postcode.trim().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
