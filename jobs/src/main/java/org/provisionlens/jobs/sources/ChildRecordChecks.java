package org.provisionlens.jobs.sources;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;
import static org.provisionlens.jobs.sources.ChildRecordsTable.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.jobs.ingest.DateText;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.ingest.InputLimits;

/** The checks of a child-records export, for the columns its header has. */
final class ChildRecordChecks {

    private ChildRecordChecks() {}

    static List<FieldCheck> of(List<String> header, LocalDate referenceDate) {
        int year = referenceDate.getYear();
        List<FieldCheck> checks = new ArrayList<>(List.of(
                FieldCheck.required(PSEUDONYMOUS_ID),
                FieldCheck.atMost(PSEUDONYMOUS_ID, InputLimits.FIELD_CHARS),
                FieldCheck.pattern(
                        PSEUDONYMOUS_ID, "^[A-Za-z0-9_-]{4,64}$", "expected 4 to 64 letters, digits, '-' or '_'"),
                FieldCheck.unique(PSEUDONYMOUS_ID),
                FieldCheck.required(PRIMARY_NEED),
                new FieldCheck(
                        PRIMARY_NEED,
                        FieldCheck.oneOf(PRIMARY_NEED, NEED_CODES, true).isWrong(),
                        "expected a DfE primary need code: " + String.join(", ", NEED_CODES)),
                FieldCheck.required(SUPPORT_LEVEL),
                FieldCheck.coded(SUPPORT_LEVEL, SupportLevel::parse, "expected K (SEN support) or E (EHC plan)")));
        String areaField = header.contains(LSOA_CODE) ? LSOA_CODE : POSTCODE_DISTRICT;
        checks.add(new FieldCheck(
                areaField,
                missingOrAbsent(header, LSOA_CODE).and(missingOrAbsent(header, POSTCODE_DISTRICT)),
                "an lsoa_code or a postcode_district is required"));
        if (header.contains(LSOA_CODE)) {
            checks.add(FieldCheck.pattern(
                    LSOA_CODE, "(?i)^[EW]01\\d{6}$", "expected an LSOA code: E01 or W01 and 6 digits, e.g. E01006100"));
        }
        if (header.contains(POSTCODE_DISTRICT)) {
            checks.addAll(districtChecks());
        }
        String ageField = header.contains(AGE) ? AGE : BIRTH_YEAR;
        checks.add(new FieldCheck(
                ageField,
                missingOrAbsent(header, AGE).and(missingOrAbsent(header, BIRTH_YEAR)),
                "an age or a birth_year is required"));
        if (header.contains(AGE)) {
            checks.add(FieldCheck.wholeNumberBetween(AGE, 0, OLDEST));
        }
        if (header.contains(BIRTH_YEAR)) {
            Column birthYear = trim(col(BIRTH_YEAR));
            checks.add(new FieldCheck(
                    BIRTH_YEAR,
                    FieldCheck.missing(BIRTH_YEAR)
                            .unary_$bang()
                            .and(birthYear
                                    .rlike("^\\d{4}$")
                                    .unary_$bang()
                                    .or(birthYear.cast(DataTypes.IntegerType).lt(year - OLDEST))
                                    .or(birthYear.cast(DataTypes.IntegerType).gt(year))),
                    "expected a birth year from " + (year - OLDEST) + " to " + year + " (ages 0 to " + OLDEST + " in "
                            + year + ")"));
        }
        for (String field : List.of(PLAN_OR_REFERRAL_DATE, WAITING_SINCE)) {
            if (header.contains(field)) {
                checks.add(FieldCheck.date(field));
                checks.add(new FieldCheck(
                        field,
                        DateText.toDate(col(field)).gt(date(referenceDate)),
                        "a date after the reference date " + referenceDate + ": it cannot be in the future"));
            }
        }
        if (header.contains(PLAN_OR_REFERRAL_DATE) && header.contains(WAITING_SINCE)) {
            checks.add(new FieldCheck(
                    WAITING_SINCE,
                    DateText.toDate(col(WAITING_SINCE)).lt(DateText.toDate(col(PLAN_OR_REFERRAL_DATE))),
                    "expected waiting_since to be on or after plan_or_referral_date"));
        }
        return checks;
    }

    /**
     * A full postcode is refused with its value cut to the district, so that no full postcode is stored anywhere;
     * any other wrong value is shown with every postcode in it cut the same way.
     */
    private static List<FieldCheck> districtChecks() {
        Column given = FieldCheck.missing(POSTCODE_DISTRICT).unary_$bang();
        Column compact = Postcodes.compact(col(POSTCODE_DISTRICT));
        Column full = compact.rlike(Postcodes.FULL);
        Column shown = Postcodes.withoutInwardCodes(trim(col(POSTCODE_DISTRICT)));
        return List.of(
                new FieldCheck(
                                POSTCODE_DISTRICT,
                                given.and(full),
                                "a full postcode: only the postcode district (the part before the space, e.g. M33)"
                                        + " may be exported")
                        .showing(shown),
                new FieldCheck(
                                POSTCODE_DISTRICT,
                                given.and(full.unary_$bang())
                                        .and(compact.rlike(Postcodes.DISTRICT).unary_$bang()),
                                "expected a postcode district (outward code) such as M33 or WA15")
                        .showing(shown));
    }

    private static Column missingOrAbsent(List<String> header, String field) {
        return header.contains(field) ? FieldCheck.missing(field) : lit(true);
    }
}
