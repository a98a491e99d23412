package org.provisionlens.core.reorganisation;

import java.math.BigDecimal;
import java.util.Set;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;

/** The {@code open} change: a new service, with everything a service needs to be placed in and costed. */
final class ChangeReaderOpen {

    private ChangeReaderOpen() {}

    static Change open(ProposalFields fields) {
        String id = fields.text("id", true);
        String name = fields.text("name", true);
        Domain domain = ChangeReader.domain(fields);
        Tier tier = ChangeReader.tier(fields);
        Set<NeedCode> needs = fields.needs("needs", true);
        Integer minAge = fields.integer("minAge", true, 0, ChangeReader.MAX_AGE);
        Integer maxAge = fields.integer("maxAge", true, 0, ChangeReader.MAX_AGE);
        if (minAge != null && maxAge != null && minAge > maxAge) {
            fields.problem("maxAge", maxAge, "an age of at least minAge (" + minAge + ")");
        }
        Integer capacity = fields.integer("capacity", true, 0, 1_000_000);
        CapacityUnit unit = ChangeReader.unit(fields);
        BigDecimal cost = fields.decimal(
                "costPerUnit", false, BigDecimal.ZERO, false, "what a place or caseload slot costs a year in pounds");
        String costSource = fields.text("costSource", false);
        if (fields.has("costPerUnit") && !fields.has("costSource")) {
            fields.problem("costSource", null, "where costPerUnit comes from (a demo assumption says so)");
        }
        BigDecimal latitude = coordinate(fields, "latitude", 90);
        BigDecimal longitude = coordinate(fields, "longitude", 180);
        String postcode = fields.text("postcode", false);
        if (id == null
                || name == null
                || domain == null
                || tier == null
                || needs == null
                || minAge == null
                || maxAge == null
                || capacity == null
                || unit == null
                || latitude == null
                || longitude == null) {
            return null;
        }
        return new Change.OpenService(
                id,
                name,
                domain,
                tier,
                needs,
                minAge,
                maxAge,
                capacity,
                unit,
                cost,
                latitude.doubleValue(),
                longitude.doubleValue(),
                postcode,
                costSource);
    }

    private static BigDecimal coordinate(ProposalFields fields, String key, int limit) {
        String what = "the " + key + " in degrees (WGS84)";
        BigDecimal value = fields.decimal(key, true, BigDecimal.valueOf(-limit), false, what);
        if (value != null && value.compareTo(BigDecimal.valueOf(limit)) > 0) {
            fields.problem(key, value, what + ", a number of at most " + limit);
            return null;
        }
        return value;
    }
}
