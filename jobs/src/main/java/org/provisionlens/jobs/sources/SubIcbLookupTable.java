package org.provisionlens.jobs.sources;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.trim;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.InputLimits;
import org.provisionlens.jobs.ingest.Values;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * ONS's lookup of sub-ICB locations to integrated care boards to NHS England regions (format {@code
 * ons-sub-icb-lookup-csv}, e.g. {@code sub_icb_to_icb_lookup_2022.csv}: columns {@code SICBL22CD}, {@code SICBL22CDH},
 * {@code SICBL22NM}, {@code ICB22CD}, {@code ICB22CDH}, {@code ICB22NM}, {@code NHSER22CD}, {@code NHSER22NM}; other
 * columns such as {@code NHSER22CDH} and {@code ObjectId} are ignored). ONS renames the columns each year (SICBL23CD,
 * ...): the year is read from the header, so any year's lookup reads the same way.
 *
 * <p>Checks: every field required; ONS codes of the right kind (E38, E54, E40 and six digits); NHS codes of 3 to 5
 * letters and digits; a sub-ICB location given on an earlier line (either code) is quarantined, the first line wins;
 * an ICB named differently, or put in another region, than on its first line is quarantined.
 */
public final class SubIcbLookupTable {

    public static final String FORMAT = "ons-sub-icb-lookup-csv";

    private static final Pattern YEAR = Pattern.compile("SICBL(\\d{2})CD");
    private static final String NHS_CODE = "^[0-9A-Za-z]{3,5}$";

    private SubIcbLookupTable() {}

    /** The lookup's column names for one year (e.g. 22 gives SICBL22CD ... NHSER22NM). */
    record Columns(String year) {
        String code() {
            return "SICBL" + year + "CD";
        }

        String shortCode() {
            return "SICBL" + year + "CDH";
        }

        String name() {
            return "SICBL" + year + "NM";
        }

        String icbCode() {
            return "ICB" + year + "CD";
        }

        String icbShortCode() {
            return "ICB" + year + "CDH";
        }

        String icbName() {
            return "ICB" + year + "NM";
        }

        String regionCode() {
            return "NHSER" + year + "CD";
        }

        String regionName() {
            return "NHSER" + year + "NM";
        }

        List<String> all() {
            return List.of(
                    code(), shortCode(), name(), icbCode(), icbShortCode(), icbName(), regionCode(), regionName());
        }

        /** The year of the first SICBLyyCD column of the header (22 when there is none: the read names what's due). */
        static Columns of(List<String> header) {
            return header.stream()
                    .map(YEAR::matcher)
                    .filter(Matcher::matches)
                    .map(matcher -> new Columns(matcher.group(1)))
                    .findFirst()
                    .orElse(new Columns("22"));
        }
    }

    public static IngestedInput read(SparkSession spark, InputSpec spec) {
        Columns columns = Columns.of(CsvInput.columns(spec));
        List<FieldCheck> checks = new java.util.ArrayList<>();
        columns.all().forEach(field -> checks.add(FieldCheck.required(field)));
        columns.all().forEach(field -> checks.add(FieldCheck.atMost(field, InputLimits.NAME_CHARS)));
        checks.addAll(List.of(
                FieldCheck.pattern(
                        columns.code(), "^E38\\d{6}$", "expected a sub-ICB location's ONS code: E38 and six digits"),
                FieldCheck.pattern(
                        columns.shortCode(),
                        NHS_CODE,
                        "expected the sub-ICB location's NHS code, 3 to 5 letters and digits (e.g. 02A)"),
                FieldCheck.pattern(columns.icbCode(), "^E54\\d{6}$", "expected an ICB's ONS code: E54 and six digits"),
                FieldCheck.pattern(
                        columns.icbShortCode(), NHS_CODE, "expected the ICB's NHS code, 3 to 5 letters and digits"),
                FieldCheck.pattern(
                        columns.regionCode(),
                        "^E40\\d{6}$",
                        "expected an NHS England region's ONS code: E40 and six digits"),
                FieldCheck.unique(columns.code()),
                FieldCheck.unique(columns.shortCode()),
                sameAsFirstLine(columns.icbCode(), columns.icbName()),
                sameAsFirstLine(columns.icbCode(), columns.regionCode())));
        return CsvInput.read(spark, spec, columns.all(), checks);
    }

    /** The accepted rows, in file order. */
    public static List<SubIcbLocation> locations(IngestedInput table) {
        Columns columns = Columns.of(Arrays.asList(table.accepted().columns()));
        return table.accepted().orderBy(col(CsvInput.LINE)).collectAsList().stream()
                .map(row -> location(row, columns))
                .toList();
    }

    private static SubIcbLocation location(Row row, Columns columns) {
        return new SubIcbLocation(
                Values.textOrNull(row, columns.code()),
                Values.textOrNull(row, columns.shortCode()),
                Values.textOrNull(row, columns.name()),
                Values.textOrNull(row, columns.icbCode()),
                Values.textOrNull(row, columns.icbShortCode()),
                Values.textOrNull(row, columns.icbName()),
                Values.textOrNull(row, columns.regionCode()),
                Values.textOrNull(row, columns.regionName()));
    }

    /**
     * A {@code field} that differs from its value on the first line of the same ICB (by its ONS code): one ICB with
     * two names or in two regions cannot be rolled up to.
     */
    private static FieldCheck sameAsFirstLine(String icbCode, String field) {
        var icb = Window.partitionBy(trim(col(icbCode))).orderBy(col(CsvInput.LINE));
        Column firstValue = first(trim(col(field))).over(icb);
        Column firstLine = min(col(CsvInput.LINE)).over(Window.partitionBy(trim(col(icbCode))));
        return new FieldCheck(
                field,
                FieldCheck.missing(icbCode)
                        .unary_$bang()
                        .and(firstLine.lt(col(CsvInput.LINE)))
                        .and(trim(col(field)).notEqual(firstValue)),
                "the same ICB differently",
                null,
                concat(
                        lit("the ICB "),
                        trim(col(icbCode)),
                        lit(" has " + field + " '"),
                        firstValue,
                        lit("' on line "),
                        firstLine.cast(DataTypes.StringType),
                        lit("; one ICB has one name and one region")));
    }
}
