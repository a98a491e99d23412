package org.provisionlens.jobs.sources;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.services.Service;
import org.provisionlens.jobs.ingest.CodedColumn;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.DateText;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.ingest.FieldFinding;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * The readers' datasets for a national run, whose rows carry their LA (column {@value #LA_CODE}, a GSS code): the
 * service CSV as a dataset (the accepted rows stay in Spark and become services one LA at a time on an executor,
 * where {@link ServiceCsv#read} collects the whole file), and the conformed child records with their LA. The checks
 * are the readers' own.
 */
public final class LaKeyedInputs {

    /** The column of every national input row naming its LA. */
    public static final String LA_CODE = "la_code";

    private LaKeyedInputs() {}

    /** Separates a quarantine reason from the LA of its row (a control character no reason holds). */
    private static final String LA_MARK = "\u001f";

    /**
     * Reads and checks a service CSV with Spark's file reader (never into the driver, however small): {@link ServiceCsv}'s
     * columns and checks; rows are not collected. Each
     * quarantine reason carries its row's LA ({@link #quarantineByLa} takes it back out).
     */
    public static IngestedInput services(SparkSession spark, InputSpec spec) {
        requireLaCode(spec);
        return CsvInput.read(spark, spec, ServiceCsv.COLUMNS, tagged(ServiceCsv.checks()), true);
    }

    /**
     * Reads and checks child records as {@link ChildRecordsTable#ingest} does (the same header rules, checks and age),
     * each quarantine reason carrying its row's LA.
     */
    public static IngestedInput childRecords(SparkSession spark, InputSpec spec, int referenceYear) {
        requireLaCode(spec);
        java.time.LocalDate referenceDate = java.time.LocalDate.of(referenceYear, 12, 31);
        java.util.List<String> header = CsvInput.columns(spec);
        java.util.List<String> identifying = header.stream()
                .filter(name ->
                        ChildRecordsTable.IDENTIFYING.contains(name.trim().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        if (!identifying.isEmpty()) {
            throw new InputException(spec.describe() + " has the column(s) " + identifying + " that identify a"
                    + " person; a " + ChildRecordsTable.FORMAT + " export holds only " + ChildRecordsTable.REQUIRED
                    + ", " + ChildRecordsTable.OPTIONAL + " and " + LA_CODE + " (nothing of it was read)");
        }
        for (String[] pair : new String[][] {
            {ChildRecordsTable.LSOA_CODE, ChildRecordsTable.POSTCODE_DISTRICT},
            {ChildRecordsTable.AGE, ChildRecordsTable.BIRTH_YEAR}
        }) {
            if (!header.contains(pair[0]) && !header.contains(pair[1])) {
                throw new InputException(spec.describe() + " has neither the column " + pair[0] + " nor " + pair[1]
                        + "; a " + ChildRecordsTable.FORMAT + " file needs at least one of them (found " + header
                        + ")");
            }
        }
        IngestedInput input = CsvInput.read(
                spark, spec, ChildRecordsTable.REQUIRED, tagged(ChildRecordChecks.of(header, referenceDate)), true);
        Dataset<Row> accepted = input.accepted();
        for (String column : ChildRecordsTable.OPTIONAL) {
            if (!header.contains(column)) {
                accepted = accepted.withColumn(
                        column, org.apache.spark.sql.functions.lit(null).cast(DataTypes.StringType));
            }
        }
        Column age = when(
                        FieldCheck.missing(ChildRecordsTable.AGE).unary_$bang(),
                        trim(col(ChildRecordsTable.AGE)).cast(DataTypes.IntegerType))
                .otherwise(org.apache
                        .spark
                        .sql
                        .functions
                        .lit(referenceDate.getYear())
                        .minus(trim(col(ChildRecordsTable.BIRTH_YEAR)).cast(DataTypes.IntegerType)));
        return new IngestedInput(
                spec,
                input.sha256(),
                accepted.withColumn(ChildRecordsTable.AGE_IN_YEARS, age),
                input.quarantine(),
                input.rowsRead(),
                input.rowsAccepted(),
                input.rowsQuarantined());
    }

    /**
     * The quarantine of an input read here, each problem with its row's LA first ({@value #LA_CODE}; null for a row
     * with none, such as a blank line) and the reason as the reader gives it.
     */
    public static Dataset<Row> quarantineByLa(IngestedInput input) {
        Column reason = col("reason");
        Column tagged = reason.contains(LA_MARK);
        return input.quarantine()
                .select(
                        when(tagged, nullIfBlank(org.apache.spark.sql.functions.substring_index(reason, LA_MARK, -1)))
                                .as(LA_CODE),
                        col("input_name"),
                        col("file"),
                        col("line"),
                        col("field"),
                        col("value"),
                        when(tagged, org.apache.spark.sql.functions.substring_index(reason, LA_MARK, 1))
                                .otherwise(reason)
                                .as("reason"));
    }

    private static Column nullIfBlank(Column text) {
        return when(trim(text).notEqual(""), upper(trim(text)));
    }

    /** The checks with the row's LA appended to each reason shown. */
    private static java.util.List<FieldCheck> tagged(java.util.List<FieldCheck> checks) {
        Column la = org.apache.spark.sql.functions.coalesce(col(LA_CODE), org.apache.spark.sql.functions.lit(""));
        return checks.stream()
                .map(check -> new FieldCheck(
                        check.field(),
                        check.isWrong(),
                        check.reason(),
                        check.valueShown(),
                        org.apache.spark.sql.functions.concat(
                                check.reasonShown(), org.apache.spark.sql.functions.lit(LA_MARK), la)))
                .toList();
    }

    private static void requireLaCode(InputSpec spec) {
        java.util.List<String> header = CsvInput.columns(spec);
        if (!header.contains(LA_CODE)) {
            throw new InputException(spec.describe() + " has no " + LA_CODE + " column; a national run needs each row's"
                    + " LA as a GSS code such as E08000009 in a column " + LA_CODE + " (found " + header + ")");
        }
    }

    /**
     * An accepted service row (as {@link #services} gives it) as a service: id {@code inputName:service_id}, its
     * source the line in the file. Throws IllegalArgumentException where the checks missed a case, as
     * {@link ServiceCsv#read} expects.
     */
    public static Service service(String inputName, String fileName, Row row) {
        return ServiceRows.service(new InputSpec(inputName, ServiceCsv.FORMAT, Path.of(fileName)), row);
    }

    /** As {@link #service(String, String, Row)}, adding the findings in the row's optional fields to {@code findings}. */
    public static Service service(String inputName, String fileName, Row row, List<FieldFinding> findings) {
        ServiceRows.Listing listing =
                ServiceRows.listing(new InputSpec(inputName, ServiceCsv.FORMAT, Path.of(fileName)), row);
        findings.addAll(listing.findings());
        return listing.service();
    }

    /**
     * The accepted child records conformed as {@link ChildRecordsTable#conform} conforms them (the same columns, the
     * same expressions), with the row's LA first ({@value #LA_CODE}, trimmed and upper case; null when missing).
     */
    public static Dataset<Row> children(IngestedInput records) {
        String t = ChildRecordsTable.PSEUDONYMOUS_ID;
        return records.accepted()
                .select(
                        known(LA_CODE, upper(trim(col(LA_CODE)))).as(LA_CODE),
                        trim(col(t)).as(t),
                        known(ChildRecordsTable.LSOA_CODE, upper(trim(col(ChildRecordsTable.LSOA_CODE))))
                                .as(ChildRecordsTable.LSOA_CODE),
                        known(
                                        ChildRecordsTable.POSTCODE_DISTRICT,
                                        Postcodes.compact(col(ChildRecordsTable.POSTCODE_DISTRICT)))
                                .as(ChildRecordsTable.POSTCODE_DISTRICT),
                        col(ChildRecordsTable.AGE_IN_YEARS)
                                .cast(org.apache.spark.sql.types.DataTypes.IntegerType)
                                .as(ChildRecordsTable.AGE),
                        upper(FieldCheck.normalised(col(ChildRecordsTable.PRIMARY_NEED)))
                                .as(ChildRecordsTable.PRIMARY_NEED),
                        CodedColumn.name(col(ChildRecordsTable.SUPPORT_LEVEL), SupportLevel::parse)
                                .as(ChildRecordsTable.SUPPORT_LEVEL),
                        known(ChildRecordsTable.SETTING, trim(col(ChildRecordsTable.SETTING)))
                                .as(ChildRecordsTable.SETTING),
                        DateText.toDate(col(ChildRecordsTable.PLAN_OR_REFERRAL_DATE))
                                .as(ChildRecordsTable.PLAN_OR_REFERRAL_DATE),
                        DateText.toDate(col(ChildRecordsTable.WAITING_SINCE)).as(ChildRecordsTable.WAITING_SINCE));
    }

    private static Column known(String field, Column value) {
        return when(FieldCheck.missing(field).unary_$bang(), value);
    }
}
