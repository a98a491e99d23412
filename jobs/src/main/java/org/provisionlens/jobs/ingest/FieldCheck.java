package org.provisionlens.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.trim;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

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

    /**
     * A decimal number as the inputs write them: {@code 12}, {@code -3}, {@code 39.2}, {@code .5}, and scientific
     * notation ({@code -7.29e-05}: ONS's centroid file writes longitudes near Greenwich so).
     */
    public static final String NUMBER_PATTERN = "^-?(\\d+(\\.\\d+)?|\\.\\d+)([eE][-+]?\\d+)?$";

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

    /**
     * A number (whole or decimal, e.g. {@code 12}, {@code -3}, {@code 39.2}) or one of DfE's suppression markers: the
     * cells of explore-education-statistics indicators, counts and percentages alike.
     */
    public static FieldCheck numberOrSuppressed(String field) {
        return new FieldCheck(
                field,
                missing(field)
                        .or(suppressed(field).unary_$bang().and(isNumber(field).unary_$bang())),
                "expected a number (e.g. 12 or 39.2) or a DfE suppression marker (c, x, z, low, u)");
    }

    /** A decimal number from {@code min} to {@code max}, inclusive (e.g. a latitude). */
    public static FieldCheck decimalInRange(String field, double min, double max) {
        return new FieldCheck(
                field,
                missing(field).or(isNumber(field).unary_$bang()).or(outside(field, min, max)),
                "expected a decimal number from " + plain(min) + " to " + plain(max));
    }

    /** A decimal number from {@code min} to {@code max}, inclusive, or NA for not known (e.g. an easting). */
    public static FieldCheck decimalInRangeOrMissing(String field, double min, double max) {
        return new FieldCheck(
                field,
                missing(field).unary_$bang().and(isNumber(field).unary_$bang().or(outside(field, min, max))),
                "expected a decimal number from " + plain(min) + " to " + plain(max) + ", or NA for not known");
    }

    private static Column isNumber(String field) {
        return trim(col(field)).rlike(NUMBER_PATTERN);
    }

    private static Column outside(String field, double min, double max) {
        Column value = trim(col(field)).try_cast(DataTypes.DoubleType);
        return value.lt(min).or(value.gt(max));
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    public static Column missing(String field) {
        return col(field).isNull().or(lower(trim(col(field))).isin(MISSING.toArray()));
    }

    public static Column suppressed(String field) {
        return col(field).isNotNull().and(lower(trim(col(field))).isin(SUPPRESSED.toArray()));
    }
}
