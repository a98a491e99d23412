package org.provisionlens.jobs.sources;

import static org.provisionlens.jobs.sources.ServiceCsv.*;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.provisionlens.jobs.ingest.Values;
import org.provisionlens.jobs.manifest.InputSpec;

/** Accepted rows of the service CSV template as core services: the checks have run, so every value reads. */
final class ServiceRows {

    private ServiceRows() {}

    static Service service(InputSpec spec, Row row) {
        String sourceId = Values.textOrNull(row, SERVICE_ID);
        long line = row.<Long>getAs(CsvInput.LINE);
        return ServiceBuilder.service(spec.name() + ":" + sourceId, Values.textOrNull(row, NAME))
                .description(Values.textOrNull(row, DESCRIPTION))
                .organisation(Values.textOrNull(row, ORGANISATION))
                .urn(Values.textOrNull(row, URN))
                .domain(Domain.parse(Values.textOrNull(row, DOMAIN)).orElse(null))
                .tier(Tier.parse(Values.textOrNull(row, TIER)).orElse(null))
                .needs(needs(Values.textOrNull(row, NEEDS)))
                .ages(new AgeRange(Values.integerOrNull(row, MIN_AGE), Values.integerOrNull(row, MAX_AGE)))
                .locations(location(row))
                .capacity(Values.integerOrNull(row, CAPACITY))
                .capacityUnit(CapacityUnit.parse(Values.textOrNull(row, CAPACITY_UNIT))
                        .orElse(null))
                .currentUse(Values.integerOrNull(row, CURRENT_USE))
                .waitingList(Values.integerOrNull(row, WAITING_LIST))
                .waitingWeeks(Values.integerOrNull(row, WAITING_WEEKS))
                .costPerUnit(amount(Values.textOrNull(row, COST_PER_UNIT)))
                .funder(Funder.parse(Values.textOrNull(row, FUNDER)).orElse(null))
                .inArea(yesOrNo(Values.textOrNull(row, IN_AREA)))
                .eligibility(Values.textOrNull(row, ELIGIBILITY))
                .qualityRating(Values.textOrNull(row, QUALITY_RATING))
                .lastReviewed(
                        DateText.parse(Values.textOrNull(row, LAST_REVIEWED)).orElse(null))
                .email(Values.textOrNull(row, EMAIL))
                .phone(Values.textOrNull(row, PHONE))
                .website(Values.textOrNull(row, WEBSITE))
                .sources(List.of(new SourceReference(spec.name(), FORMAT, spec.fileName(), "line " + line, sourceId)))
                .build();
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
    private static List<ServiceLocation> location(Row row) {
        String name = Values.textOrNull(row, LOCATION_NAME);
        String address = Values.textOrNull(row, ADDRESS);
        String postcode = Values.textOrNull(row, POSTCODE);
        Double latitude = Values.decimalOrNull(row, LATITUDE);
        Double longitude = Values.decimalOrNull(row, LONGITUDE);
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
