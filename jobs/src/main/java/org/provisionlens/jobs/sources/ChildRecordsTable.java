package org.provisionlens.jobs.sources;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.jobs.ingest.CodedColumn;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.DateText;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * Pseudonymised child-level records (format {@code child-records-csv}): one row per child or young person with SEN,
 * from a case-management export. Large (1.7 million rows nationally), so it stays in Spark: checks, duplicate ids
 * (a window over the id) and conforming to the columns of table {@code child_record} are Spark expressions. No full
 * postcode is ever stored, not even in the quarantine. See {@code jobs/templates/child-records-guide.md}.
 */
public final class ChildRecordsTable {

    public static final String FORMAT = "child-records-csv";

    static final String PSEUDONYMOUS_ID = "pseudonymous_id";
    static final String LSOA_CODE = "lsoa_code";
    static final String POSTCODE_DISTRICT = "postcode_district";
    static final String AGE = "age";
    static final String BIRTH_YEAR = "birth_year";
    static final String PRIMARY_NEED = "primary_need";
    static final String SUPPORT_LEVEL = "support_level";
    static final String SETTING = "setting";
    static final String PLAN_OR_REFERRAL_DATE = "plan_or_referral_date";
    static final String WAITING_SINCE = "waiting_since";

    /** The age each accepted row gives, from its age or its birth year: added to the accepted rows by ingest. */
    public static final String AGE_IN_YEARS = "_age";

    static final List<String> REQUIRED = List.of(PSEUDONYMOUS_ID, PRIMARY_NEED, SUPPORT_LEVEL);
    static final List<String> OPTIONAL =
            List.of(LSOA_CODE, POSTCODE_DISTRICT, AGE, BIRTH_YEAR, SETTING, PLAN_OR_REFERRAL_DATE, WAITING_SINCE);

    /** Columns that identify a person: an export holding one is refused whole. */
    static final List<String> IDENTIFYING = List.of(
            "name",
            "first_name",
            "forename",
            "surname",
            "last_name",
            "full_name",
            "date_of_birth",
            "dob",
            "postcode",
            "address",
            "upn",
            "nhs_number");

    /** Every DfE code, and UNKNOWN for a need not recorded (DfE's "need unknown"; a verdict then has no need). */
    static final List<String> NEED_CODES =
            Arrays.stream(NeedCode.values()).map(Enum::name).toList();

    static final int OLDEST = 25;

    private ChildRecordsTable() {}

    /** Reads and checks the export; ages from birth years, and "not in the future", are as at 31 December. */
    public static IngestedInput ingest(SparkSession spark, InputSpec spec, int referenceYear) {
        return ingest(spark, spec, LocalDate.of(referenceYear, 12, 31));
    }

    /**
     * Reads and checks the export. A row's age is its {@code age}, or the reference date's year minus its
     * {@code birth_year}; no date may be after the reference date. The accepted rows hold every column of the contract
     * (absent optional columns as nulls) and {@link #AGE_IN_YEARS}.
     */
    public static IngestedInput ingest(SparkSession spark, InputSpec spec, LocalDate referenceDate) {
        List<String> header = CsvInput.columns(spec);
        List<String> identifying = header.stream()
                .filter(name -> IDENTIFYING.contains(name.trim().toLowerCase(Locale.ROOT)))
                .toList();
        if (!identifying.isEmpty()) {
            throw new InputException(spec.describe() + " has the column(s) " + identifying + " that identify a"
                    + " person; a " + FORMAT + " export holds only " + REQUIRED + " and " + OPTIONAL
                    + " (nothing of it was read)");
        }
        requireOneOf(spec, header, LSOA_CODE, POSTCODE_DISTRICT);
        requireOneOf(spec, header, AGE, BIRTH_YEAR);

        IngestedInput input = CsvInput.read(spark, spec, REQUIRED, ChildRecordChecks.of(header, referenceDate));
        Dataset<Row> accepted = input.accepted();
        for (String column : OPTIONAL) {
            if (!header.contains(column)) {
                accepted = accepted.withColumn(column, lit(null).cast(DataTypes.StringType));
            }
        }
        Column age = when(FieldCheck.missing(AGE).unary_$bang(), trim(col(AGE)).cast(DataTypes.IntegerType))
                .otherwise(
                        lit(referenceDate.getYear()).minus(trim(col(BIRTH_YEAR)).cast(DataTypes.IntegerType)));
        return new IngestedInput(
                spec,
                input.sha256(),
                accepted.withColumn(AGE_IN_YEARS, age),
                input.quarantine(),
                input.rowsRead(),
                input.rowsAccepted(),
                input.rowsQuarantined());
    }

    /**
     * The accepted rows with exactly the columns of table {@code child_record} but {@code run_id}: pseudonymous_id,
     * lsoa_code, postcode_district (upper case), age (int), primary_need ({@link NeedCode} name), support_level
     * ({@link SupportLevel} name), setting, plan_or_referral_date and waiting_since (dates); unknown values null.
     */
    public static Dataset<Row> conform(IngestedInput records) {
        return records.accepted()
                .select(
                        trim(col(PSEUDONYMOUS_ID)).as(PSEUDONYMOUS_ID),
                        known(LSOA_CODE, upper(trim(col(LSOA_CODE)))).as(LSOA_CODE),
                        known(POSTCODE_DISTRICT, Postcodes.compact(col(POSTCODE_DISTRICT)))
                                .as(POSTCODE_DISTRICT),
                        col(AGE_IN_YEARS).cast(DataTypes.IntegerType).as(AGE),
                        upper(FieldCheck.normalised(col(PRIMARY_NEED))).as(PRIMARY_NEED),
                        CodedColumn.name(col(SUPPORT_LEVEL), SupportLevel::parse)
                                .as(SUPPORT_LEVEL),
                        known(SETTING, trim(col(SETTING))).as(SETTING),
                        DateText.toDate(col(PLAN_OR_REFERRAL_DATE)).as(PLAN_OR_REFERRAL_DATE),
                        DateText.toDate(col(WAITING_SINCE)).as(WAITING_SINCE));
    }

    private static Column known(String field, Column value) {
        return when(FieldCheck.missing(field).unary_$bang(), value);
    }

    private static void requireOneOf(InputSpec spec, List<String> header, String one, String other) {
        if (!header.contains(one) && !header.contains(other)) {
            throw new InputException(spec.describe() + " has neither the column " + one + " nor " + other + "; a "
                    + FORMAT + " file needs at least one of them, with " + REQUIRED + " (found " + header + ")");
        }
    }

    /** The reference date as a Spark date. */
    static Column date(LocalDate date) {
        return to_date(lit(date.toString()));
    }
}
