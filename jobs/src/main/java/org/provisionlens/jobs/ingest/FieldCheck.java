package org.provisionlens.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.provisionlens.core.services.CodedValues;

/**
 * One check of one field of a row: a Spark condition that is true when the row's value is wrong, and the reason
 * quarantine rows give for it.
 *
 * @param field the column checked (its value is copied into the quarantine row)
 * @param isWrong true for a wrong value; null counts as not wrong
 * @param reason what was expected, in words a person can act on
 * @param shownValue what quarantine rows give as the value instead of the field's text (e.g. a postcode cut to its
 *     district, so that no full postcode is stored), or {@code null} for the field's text
 * @param shownReason a reason worked out for each row (e.g. naming the line of the first duplicate), or {@code null}
 *     for {@code reason}
 */
public record FieldCheck(String field, Column isWrong, String reason, Column shownValue, Column shownReason) {

    public FieldCheck {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(isWrong, "isWrong");
        Objects.requireNonNull(reason, "reason");
    }

    public FieldCheck(String field, Column isWrong, String reason) {
        this(field, isWrong, reason, null, null);
    }

    /** The same check, giving {@code value} in quarantine rows instead of the field's text. */
    public FieldCheck showing(Column value) {
        return new FieldCheck(field, isWrong, reason, value, shownReason);
    }

    /** The value quarantine rows give. */
    public Column valueShown() {
        return shownValue != null ? shownValue : col(field);
    }

    /** The reason quarantine rows give. */
    public Column reasonShown() {
        return shownReason != null ? shownReason : lit(reason);
    }

    /** Tokens that stand for "missing" in the inputs (the Trafford files write {@code NA}). */
    public static final List<String> MISSING = List.of("", "na", "n/a", "null");

    /** DfE's suppression and not-applicable markers: a value that exists but is withheld, never zero. */
    public static final List<String> SUPPRESSED = List.of("c", "x", "z", "low", "u", ":");

    /**
     * A decimal number as the inputs write them: {@code 12}, {@code -3}, {@code 39.2}, {@code .5}, and scientific
     * notation ({@code -7.29e-05}: ONS's centroid file writes longitudes near Greenwich so).
     */
    public static final String NUMBER_PATTERN = "^-?(\\d+(\\.\\d+)?|\\.\\d+)([eE][-+]?\\d+)?$";

    /**
     * A field of at most {@code limit} characters ({@link InputLimits}); the reason gives the value's length, and the
     * quarantine shows only the value's start (see {@link #shown}).
     */
    public static FieldCheck atMost(String field, int limit) {
        // quoted: a column the reader does not know may have any name (a dot in it must not read as a nested field)
        Column value = col("`" + field.replace("`", "``") + "`");
        Column length = length(value);
        return new FieldCheck(
                field,
                length.gt(limit),
                "at most " + limit + " characters",
                value,
                concat(
                        lit(field + " is "),
                        format_number(length, 0),
                        lit(String.format(" characters long; at most %,d are accepted (is the file broken?)", limit))));
    }

    /** Whether this check is a length limit ({@link #atMost}). */
    public boolean isLengthLimit() {
        return reason.startsWith("at most ") && reason.endsWith(" characters");
    }

    /** {@code value} as a quarantine row shows it: as {@link QuarantineEntry#shown}, in Spark. */
    public static Column shown(Column value) {
        Column text = value.cast(DataTypes.StringType);
        return when(
                        length(text).gt(QuarantineEntry.SHOWN_CHARS),
                        concat(
                                substring(text, 1, 100),
                                lit("… ("),
                                format_number(length(text), 0),
                                lit(" characters)")))
                .otherwise(text);
    }

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

    public static Column missing(String field) {
        return col(field).isNull().or(lower(trim(col(field))).isin(MISSING.toArray()));
    }

    public static Column suppressed(String field) {
        return col(field).isNotNull().and(lower(trim(col(field))).isin(SUPPRESSED.toArray()));
    }

    /**
     * A value from a closed list (or missing). Lenient: case, surrounding spaces and the separators space, hyphen,
     * underscore, slash and ampersand do not matter (as {@link CodedValues#normalise}); strict: only surrounding
     * spaces do not.
     */
    public static FieldCheck oneOf(String field, Collection<String> allowed, boolean lenient) {
        Column given = lenient ? normalised(col(field)) : trim(col(field));
        List<String> accepted = allowed.stream()
                .map(value -> lenient ? CodedValues.normalise(value) : value.trim())
                .toList();
        return new FieldCheck(
                field,
                missing(field).unary_$bang().and(given.isin(accepted.toArray()).unary_$bang()),
                "expected one of " + String.join(", ", allowed) + ", or NA for not known");
    }

    /**
     * A coded value that {@code parser} reads (an enum's lenient {@code parse}, e.g. {@code Domain::parse}), or
     * missing. The parser runs as a Spark UDF, so the check accepts exactly what the conversion will.
     */
    public static FieldCheck coded(String field, CodedColumn.Parser parser, String reason) {
        return new FieldCheck(
                field,
                missing(field)
                        .unary_$bang()
                        .and(CodedColumn.name(col(field), parser).isNull()),
                reason);
    }

    /** A date as yyyy-mm-dd or dd/mm/yyyy (see {@link DateText}), or missing. */
    public static FieldCheck date(String field) {
        return new FieldCheck(
                field,
                missing(field).unary_$bang().and(DateText.toDate(col(field)).isNull()),
                "expected a date as " + DateText.FORMATS + ", or NA for not known");
    }

    /** Text matching {@code regex} once trimmed, or missing. */
    public static FieldCheck pattern(String field, String regex, String reason) {
        return new FieldCheck(
                field,
                missing(field).unary_$bang().and(trim(col(field)).rlike(regex).unary_$bang()),
                reason);
    }

    /** A whole number from {@code min} to {@code max}, or missing. */
    public static FieldCheck wholeNumberBetween(String field, int min, int max) {
        Column number = trim(col(field)).cast(DataTypes.LongType);
        return new FieldCheck(
                field,
                missing(field)
                        .unary_$bang()
                        .and(trim(col(field))
                                .rlike("^\\d{1,9}$")
                                .unary_$bang()
                                .or(number.lt(min))
                                .or(number.gt(max))),
                "expected a whole number from " + min + " to " + max + ", or NA for not known");
    }

    /**
     * A value (trimmed) given on no earlier line: the later rows with the same value are quarantined, with the
     * reason "duplicate {field} (first on line N)". Worked out in Spark with a window over the value.
     */
    public static FieldCheck unique(String field) {
        Column firstLine = min(col(CsvInput.LINE)).over(Window.partitionBy(trim(col(field))));
        return new FieldCheck(
                field,
                missing(field).unary_$bang().and(firstLine.lt(col(CsvInput.LINE))),
                "duplicate " + field,
                null,
                concat(lit("duplicate " + field + " (first on line "), firstLine.cast(DataTypes.StringType), lit(")")));
    }

    private static String plain(double number) {
        return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** The text as {@link CodedValues#normalise} makes it: lower case, without spaces, - _ / and &amp;. */
    public static Column normalised(Column text) {
        return regexp_replace(lower(trim(text)), "[\\s_\\-/&]+", "");
    }
}
