package org.provisionlens.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.trim;

import java.util.List;
import org.apache.spark.sql.Column;

/**
 * One check of one field of a row: a Spark condition that is true when the row's value is wrong, and the reason
 * quarantine rows give for it.
 *
 * @param field the column checked (its value is copied into the quarantine row)
 * @param isWrong true for a wrong value; null counts as not wrong
 * @param reason what was expected, in words a person can act on
 */
public record FieldCheck(String field, Column isWrong, String reason) {

    /** Tokens that stand for "missing" in the inputs (the Trafford files write {@code NA}). */
    public static final List<String> MISSING = List.of("", "na", "n/a", "null");

    /** DfE's suppression and not-applicable markers: a value that exists but is withheld, never zero. */
    public static final List<String> SUPPRESSED = List.of("c", "x", "z", "low", "u", ":");

    public static FieldCheck required(String field) {
        return new FieldCheck(field, missing(field), "a value is required");
    }

    public static FieldCheck wholeNumber(String field) {
        return new FieldCheck(
                field, missing(field).or(trim(col(field)).rlike("^-?\\d+$").unary_$bang()), "expected a whole number");
    }

    public static FieldCheck wholeNumberOrMissing(String field) {
        return new FieldCheck(
                field,
                missing(field)
                        .unary_$bang()
                        .and(trim(col(field)).rlike("^\\d+$").unary_$bang()),
                "expected a whole number of 0 or more, or NA for not known");
    }

    public static FieldCheck decimalOrMissing(String field) {
        return new FieldCheck(
                field,
                missing(field)
                        .unary_$bang()
                        .and(trim(col(field)).rlike("^-?\\d+(\\.\\d+)?$").unary_$bang()),
                "expected a decimal number, or NA for not known");
    }

    /** A count of 0 or more, or one of DfE's suppression markers (c, x, z, low, u). */
    public static FieldCheck countOrSuppressed(String field) {
        return new FieldCheck(
                field,
                suppressed(field)
                        .unary_$bang()
                        .and(trim(col(field)).rlike("^\\d+$").unary_$bang()),
                "expected a count of 0 or more, or a DfE suppression marker (c, x, z, low, u)");
    }

    public static Column missing(String field) {
        return col(field).isNull().or(lower(trim(col(field))).isin(MISSING.toArray()));
    }

    public static Column suppressed(String field) {
        return col(field).isNotNull().and(lower(trim(col(field))).isin(SUPPRESSED.toArray()));
    }
}
