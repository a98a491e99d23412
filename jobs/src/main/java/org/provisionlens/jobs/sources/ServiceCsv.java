package org.provisionlens.jobs.sources;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Funder;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.Tier;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.ingest.FieldFinding;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.InputLimits;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * The platform's service CSV template (format {@code service-csv}): services no directory holds well (therapies,
 * CAMHS, short breaks, ...), one row each. Every column of the template must be in the header (in any order; extra
 * columns are ignored); empty and NA cells are unknown, never zero. See {@code jobs/templates/service-template-guide.md}.
 *
 * <p>A row is quarantined when it is unusable (no service_id or name, either over its {@link InputLimits} limit, a
 * duplicate service_id) or a coded or counted field cannot be read; faults in the contact details, ages, coordinates
 * and free text keep the row and are recorded as findings ({@link ServiceRows}).
 */
public final class ServiceCsv {

    public static final String FORMAT = "service-csv";

    static final String SERVICE_ID = "service_id";
    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String ORGANISATION = "organisation";
    static final String DOMAIN = "domain";
    static final String TIER = "tier";
    static final String NEEDS = "needs";
    static final String MIN_AGE = "min_age";
    static final String MAX_AGE = "max_age";
    static final String LOCATION_NAME = "location_name";
    static final String ADDRESS = "address";
    static final String POSTCODE = "postcode";
    static final String LATITUDE = "latitude";
    static final String LONGITUDE = "longitude";
    static final String CAPACITY = "capacity";
    static final String CAPACITY_UNIT = "capacity_unit";
    static final String CURRENT_USE = "current_use";
    static final String WAITING_LIST = "waiting_list";
    static final String WAITING_WEEKS = "waiting_weeks";
    static final String COST_PER_UNIT = "cost_per_unit";
    static final String FUNDER = "funder";
    static final String IN_AREA = "in_area";
    static final String ELIGIBILITY = "eligibility";
    static final String QUALITY_RATING = "quality_rating";
    static final String LAST_REVIEWED = "last_reviewed";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String WEBSITE = "website";
    static final String URN = "urn";

    /** The template's columns, in the template's order. */
    public static final List<String> COLUMNS = List.of(
            SERVICE_ID,
            NAME,
            DESCRIPTION,
            ORGANISATION,
            DOMAIN,
            TIER,
            NEEDS,
            MIN_AGE,
            MAX_AGE,
            LOCATION_NAME,
            ADDRESS,
            POSTCODE,
            LATITUDE,
            LONGITUDE,
            CAPACITY,
            CAPACITY_UNIT,
            CURRENT_USE,
            WAITING_LIST,
            WAITING_WEEKS,
            COST_PER_UNIT,
            FUNDER,
            IN_AREA,
            ELIGIBILITY,
            QUALITY_RATING,
            LAST_REVIEWED,
            EMAIL,
            PHONE,
            WEBSITE,
            URN);

    /** The need codes a service may name: every DfE code (NSA included), not the platform's UNKNOWN. */
    static final List<NeedCode> NEED_CODES = Arrays.stream(NeedCode.values())
            .filter(need -> need != NeedCode.UNKNOWN)
            .toList();

    static final String ALL_NEEDS = "all";
    static final List<String> YES = List.of("yes", "true", "y");
    static final List<String> NO = List.of("no", "false", "n");

    /** The largest count the template takes (capacity, use, waiting list, weeks): a typo guard, not a policy. */
    static final int LARGEST_COUNT = 1_000_000;

    private ServiceCsv() {}

    /**
     * Reads and checks the file with Spark, then turns its accepted rows into services (in file order), each with the
     * id {@code inputName:service_id} and a source reference to its line.
     */
    public static ReadResult<Service> read(SparkSession spark, InputSpec spec) {
        IngestedInput input = CsvInput.read(spark, spec, COLUMNS, checks());
        List<QuarantineEntry> quarantine = new ArrayList<>(input.quarantineEntries());
        List<Service> services = new ArrayList<>();
        List<FieldFinding> findings = new ArrayList<>();
        long unconvertible = 0;
        long withFindings = 0;
        for (Row row : input.accepted().orderBy(col(CsvInput.LINE)).collectAsList()) {
            long line = row.<Long>getAs(CsvInput.LINE);
            try {
                ServiceRows.Listing listing = ServiceRows.listing(spec, row);
                services.add(listing.service());
                findings.addAll(listing.findings());
                withFindings += listing.findings().isEmpty() ? 0 : 1;
            } catch (IllegalArgumentException e) {
                // the checks should make this impossible; if they miss a case, the row is quarantined, not lost
                unconvertible++;
                quarantine.add(QuarantineEntry.atLine(
                        spec.name(), spec.fileName(), line, "(row)", null, "not a valid service: " + e.getMessage()));
            }
        }
        return new ReadResult<>(
                spec,
                input.sha256(),
                services,
                quarantine,
                input.rowsRead(),
                input.rowsQuarantined() + unconvertible,
                findings,
                withFindings);
    }

    static List<FieldCheck> checks() {
        String needCodes = NEED_CODES.stream().map(Enum::name).collect(Collectors.joining("|"));
        return List.of(
                FieldCheck.required(SERVICE_ID),
                tooLong(SERVICE_ID, InputLimits.FIELD_CHARS),
                FieldCheck.unique(SERVICE_ID),
                FieldCheck.required(NAME),
                tooLong(NAME, InputLimits.NAME_CHARS),
                FieldCheck.coded(
                        DOMAIN,
                        Domain::parse,
                        "expected a domain: education, health, social care or preparation for adulthood, or NA"),
                FieldCheck.coded(TIER, Tier::parse, "expected a tier: universal, targeted or specialist, or NA"),
                FieldCheck.pattern(
                        NEEDS,
                        "(?i)^(" + ALL_NEEDS + "|(" + needCodes + ")(\\s*;\\s*(" + needCodes + "))*\\s*;?)$",
                        "expected DfE need codes separated by ';' (" + needCodes.replace("|", ", ")
                                + ") or 'all', or NA"),
                new FieldCheck(
                        POSTCODE,
                        FieldCheck.missing(POSTCODE)
                                .unary_$bang()
                                .and(Postcodes.compact(col(POSTCODE))
                                        .rlike(Postcodes.FULL)
                                        .unary_$bang()),
                        "expected a UK postcode such as M33 7ZF, or NA"),
                FieldCheck.wholeNumberBetween(CAPACITY, 0, LARGEST_COUNT),
                FieldCheck.coded(
                        CAPACITY_UNIT,
                        CapacityUnit::parse,
                        "expected a capacity unit: places, caseload or hours per week, or NA"),
                new FieldCheck(
                        CAPACITY_UNIT,
                        FieldCheck.missing(CAPACITY).unary_$bang().and(FieldCheck.missing(CAPACITY_UNIT)),
                        "a capacity_unit is required when capacity is given"),
                FieldCheck.wholeNumberBetween(CURRENT_USE, 0, LARGEST_COUNT),
                FieldCheck.wholeNumberBetween(WAITING_LIST, 0, LARGEST_COUNT),
                FieldCheck.wholeNumberBetween(WAITING_WEEKS, 0, LARGEST_COUNT),
                pounds(COST_PER_UNIT),
                FieldCheck.coded(
                        FUNDER, Funder::parse, "expected a funder: LA, ICB (or CCG), joint, school or other, or NA"),
                FieldCheck.oneOf(IN_AREA, List.of("yes", "no", "true", "false", "y", "n"), true),
                FieldCheck.date(LAST_REVIEWED),
                FieldCheck.pattern(URN, "^\\d{6,7}$", "expected a DfE URN (6 or 7 digits), or NA"));
    }

    /**
     * A required field over its limit: the row is quarantined with the reason {@link InputLimits#tooLong} gives, the
     * value shown cut to its first 100 characters and its length, as {@link QuarantineEntry#shown} cuts values.
     */
    static FieldCheck tooLong(String field, int limit) {
        return FieldCheck.atMost(field, limit);
    }

    /** An amount in pounds of 0 or more (1250, 1,250.50 or £1,250.50), or missing. */
    static FieldCheck pounds(String field) {
        return FieldCheck.pattern(
                field,
                "^£?(\\d{1,10}|\\d{1,3}(,\\d{3}){1,3})(\\.\\d{1,2})?$",
                "expected an amount in pounds of 0 or more, e.g. 1250, 1,250.50 or £1,250.50, or NA");
    }

    /** The field as a whole number, or null when it is missing or not one. */
    private static Column number(String field) {
        return org.apache.spark.sql.functions.when(
                trim(col(field)).rlike("^\\d{1,9}$"), trim(col(field)).cast(DataTypes.IntegerType));
    }
}
