package org.provisionlens.jobs.sources;

import static org.provisionlens.jobs.sources.ServiceCsv.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.AgeRange;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.CodedValues;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Funder;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.core.services.SourceReference;
import org.provisionlens.core.services.Tier;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.DateText;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.ingest.FieldFinding;
import org.provisionlens.jobs.ingest.InputLimits;
import org.provisionlens.jobs.ingest.OptionalFields;
import org.provisionlens.jobs.ingest.OptionalValue;
import org.provisionlens.jobs.ingest.Values;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * Accepted rows of the service CSV template as core services: the checks have run, so every checked value reads. The
 * optional fields the checks leave alone are cleaned here, each fault a {@link FieldFinding} of a row that is kept:
 * ages (not whole numbers 0-120, or reversed: ages unknown), coordinates (not numbers, out of range, or only one of
 * the two: the location kept without them), email, phone number and web address ({@link OptionalFields}), and free
 * text and names over their {@link InputLimits} limit (left empty).
 */
final class ServiceRows {

    /** A row's service and the findings in its optional fields. */
    record Listing(Service service, List<FieldFinding> findings) {

        Listing {
            findings = List.copyOf(findings);
        }
    }

    private ServiceRows() {}

    static Service service(InputSpec spec, Row row) {
        return listing(spec, row).service();
    }

    static Listing listing(InputSpec spec, Row row) {
        String sourceId = Values.textOrNull(row, SERVICE_ID);
        long line = row.<Long>getAs(CsvInput.LINE);
        String id = spec.name() + ":" + sourceId;
        Findings findings = new Findings(spec, line, id);
        Service service = ServiceBuilder.service(id, Values.textOrNull(row, NAME))
                .description(findings.limited(row, DESCRIPTION, InputLimits.TEXT_CHARS))
                .organisation(findings.limited(row, ORGANISATION, InputLimits.NAME_CHARS))
                .urn(Values.textOrNull(row, URN))
                .domain(Domain.parse(Values.textOrNull(row, DOMAIN)).orElse(null))
                .tier(Tier.parse(Values.textOrNull(row, TIER)).orElse(null))
                .needs(needs(Values.textOrNull(row, NEEDS)))
                .ages(ages(row, findings))
                .locations(location(row, findings))
                .capacity(Values.integerOrNull(row, CAPACITY))
                .capacityUnit(CapacityUnit.parse(Values.textOrNull(row, CAPACITY_UNIT))
                        .orElse(null))
                .currentUse(Values.integerOrNull(row, CURRENT_USE))
                .waitingList(Values.integerOrNull(row, WAITING_LIST))
                .waitingWeeks(Values.integerOrNull(row, WAITING_WEEKS))
                .costPerUnit(amount(Values.textOrNull(row, COST_PER_UNIT)))
                .funder(Funder.parse(Values.textOrNull(row, FUNDER)).orElse(null))
                .inArea(yesOrNo(Values.textOrNull(row, IN_AREA)))
                .eligibility(findings.limited(row, ELIGIBILITY, InputLimits.TEXT_CHARS))
                .qualityRating(Values.textOrNull(row, QUALITY_RATING))
                .lastReviewed(
                        DateText.parse(Values.textOrNull(row, LAST_REVIEWED)).orElse(null))
                .email(findings.cleaned(row, EMAIL, OptionalFields::email))
                .phone(findings.cleaned(row, PHONE, OptionalFields::phone))
                .website(findings.cleaned(row, WEBSITE, OptionalFields::website))
                .sources(List.of(new SourceReference(spec.name(), FORMAT, spec.fileName(), "line " + line, sourceId)))
                .build();
        return new Listing(service, findings.list);
    }

    /** The findings of one row. */
    private record Findings(InputSpec spec, long line, String serviceId, List<FieldFinding> list) {

        Findings(InputSpec spec, long line, String serviceId) {
            this(spec, line, serviceId, new ArrayList<>());
        }

        void add(String field, String value, String keptAs, String reason) {
            list.add(new FieldFinding(
                    spec.name(),
                    spec.fileName(),
                    line,
                    null,
                    serviceId,
                    field,
                    OptionalFields.shown(value),
                    keptAs,
                    reason));
        }

        String cleaned(Row row, String field, Function<String, OptionalValue> rule) {
            String given = Values.textOrNull(row, field);
            OptionalValue value = rule.apply(given);
            if (value.isFinding()) {
                add(field, given, value.kept(), value.reason());
            }
            return value.kept();
        }

        String limited(Row row, String field, int limit) {
            return cleaned(row, field, text -> OptionalFields.limited(field, text, limit));
        }
    }

    /** The ages, or unknown (with a finding) when either is not a whole number 0-120 or they are reversed. */
    private static AgeRange ages(Row row, Findings findings) {
        Integer from = age(row, MIN_AGE, findings);
        Integer to = age(row, MAX_AGE, findings);
        if (from == null && Values.textOrNull(row, MIN_AGE) != null
                || to == null && Values.textOrNull(row, MAX_AGE) != null) {
            return AgeRange.unknown();
        }
        if (from != null && to != null && from > to) {
            findings.add(
                    MAX_AGE,
                    Values.textOrNull(row, MAX_AGE),
                    null,
                    "expected max_age to be at least min_age (" + from + "): ages unknown");
            return AgeRange.unknown();
        }
        return new AgeRange(from, to);
    }

    private static Integer age(Row row, String field, Findings findings) {
        String given = Values.textOrNull(row, field);
        if (given == null) {
            return null;
        }
        if (given.matches("\\d{1,9}") && Integer.parseInt(given) <= 120) {
            return Integer.valueOf(given);
        }
        findings.add(field, given, null, "expected a whole number of years from 0 to 120: ages unknown");
        return null;
    }

    /** A latitude or longitude, or null (with a finding) when it is not a number within {@code limit}. */
    private static Double coordinate(Row row, String field, double limit, Findings findings) {
        String given = Values.textOrNull(row, field);
        if (given == null) {
            return null;
        }
        if (given.matches(FieldCheck.NUMBER_PATTERN)) {
            double value = Double.parseDouble(given);
            if (Math.abs(value) <= limit) {
                return value;
            }
        }
        findings.add(
                field,
                given,
                null,
                "expected a decimal number from -" + (int) limit + " to " + (int) limit
                        + ": the location is kept without coordinates");
        return null;
    }

    /** {@code ASD;SLCN} as its codes; {@code all} as every code; missing as none (unknown). */
    static Set<NeedCode> needs(String text) {
        if (text == null) {
            return Set.of();
        }
        if (text.trim().equalsIgnoreCase(ALL_NEEDS)) {
            return EnumSet.copyOf(NEED_CODES);
        }
        Set<NeedCode> needs = EnumSet.noneOf(NeedCode.class);
        for (String code : text.split(";")) {
            if (!code.isBlank()) {
                needs.add(NeedCode.fromCode(code)
                        .orElseThrow(() -> new IllegalArgumentException("unknown need code " + code.trim())));
            }
        }
        return needs;
    }

    /** The row's one location, or none when it gives no part of one. */
    private static List<ServiceLocation> location(Row row, Findings findings) {
        String name = findings.limited(row, LOCATION_NAME, InputLimits.NAME_CHARS);
        String address = findings.limited(row, ADDRESS, InputLimits.FIELD_CHARS);
        String postcode = Values.textOrNull(row, POSTCODE);
        int before = findings.list.size();
        Double latitude = coordinate(row, LATITUDE, 90, findings);
        Double longitude = coordinate(row, LONGITUDE, 180, findings);
        if (findings.list.size() == before && (latitude == null) != (longitude == null)) {
            boolean onlyLatitude = latitude != null;
            findings.add(
                    onlyLatitude ? LATITUDE : LONGITUDE,
                    Values.textOrNull(row, onlyLatitude ? LATITUDE : LONGITUDE),
                    null,
                    "latitude and longitude go together, and the "
                            + (onlyLatitude ? LONGITUDE : LATITUDE)
                            + " is missing: the location is kept without coordinates");
        }
        if (findings.list.size() > before || latitude == null || longitude == null) {
            latitude = null;
            longitude = null;
        }
        if (name == null && address == null && postcode == null && latitude == null) {
            return List.of();
        }
        return List.of(new ServiceLocation(
                name, address, postcode == null ? null : Postcodes.normalise(postcode), latitude, longitude));
    }

    /** {@code £1,250.50} as 1250.50. */
    static BigDecimal amount(String text) {
        return text == null
                ? null
                : new BigDecimal(text.replace("£", "").replace(",", "").trim());
    }

    static Boolean yesOrNo(String text) {
        if (text == null) {
            return null;
        }
        String value = CodedValues.normalise(text);
        if (YES.contains(value)) {
            return Boolean.TRUE;
        }
        if (NO.contains(value)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("in_area must be yes or no, was " + text);
    }
}
