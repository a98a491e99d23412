package org.provisionlens.core.reorganisation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;

/** One entry of a proposal's {@code changes}, by its {@code type}. */
final class ChangeReader {

    /** Each change type with its keys, in the order the guide and the writer give them. */
    static final Map<String, List<String>> KEYS = Map.of(
            "close", List.of("type", "serviceId"),
            "capacity", List.of("type", "serviceId", "capacity", "percent"),
            "merge", List.of("type", "serviceIds", "into", "name", "capacity"),
            "open",
                    List.of(
                            "type",
                            "id",
                            "name",
                            "domain",
                            "tier",
                            "needs",
                            "minAge",
                            "maxAge",
                            "capacity",
                            "unit",
                            "costPerUnit",
                            "costSource",
                            "latitude",
                            "longitude",
                            "postcode"),
            "needsOrAges", List.of("type", "serviceId", "needs", "minAge", "maxAge"),
            "eligibility", List.of("type", "serviceId", "supportLevels", "eligibility"),
            "transport", List.of("type", "maxMiles", "costPerMile"),
            "unitCost", List.of("type", "serviceId", "costPerUnit"));

    static final List<String> TYPES =
            List.of("close", "capacity", "merge", "open", "needsOrAges", "eligibility", "transport", "unitCost");

    static final int MAX_AGE = 25;
    private static final int MAX_CAPACITY = 1_000_000;

    private ChangeReader() {}

    /** The change, or null when it has problems (all of them added). */
    static Change read(ProposalProblems problems, String pointer, Object entry) {
        if (!(entry instanceof Map<?, ?> map)) {
            problems.add(pointer, entry, "a change: a mapping with a type (" + String.join(", ", TYPES) + ")");
            return null;
        }
        Object type = map.get("type");
        if (!(type instanceof String name) || !TYPES.contains(name)) {
            problems.add(pointer + "/type", type, "one of the change types " + String.join(", ", TYPES));
            return null;
        }
        int before = problems.count();
        ProposalFields fields = new ProposalFields(problems, pointer, map, KEYS.get(name));
        Change change = switch (name) {
            case "close" -> close(fields);
            case "capacity" -> capacity(fields);
            case "merge" -> merge(fields);
            case "open" -> ChangeReaderOpen.open(fields);
            case "needsOrAges" -> needsOrAges(fields);
            case "eligibility" -> eligibility(fields);
            case "transport" -> transport(fields);
            default -> unitCost(fields);
        };
        return problems.count() == before ? change : null;
    }

    private static Change close(ProposalFields fields) {
        String serviceId = fields.text("serviceId", true);
        return serviceId == null ? null : new Change.CloseService(serviceId);
    }

    private static Change capacity(ProposalFields fields) {
        String serviceId = fields.text("serviceId", true);
        if (fields.has("capacity") == fields.has("percent")) {
            fields.problem(
                    "",
                    ProposalProblems.described(
                            fields.has("capacity") ? "both capacity and percent" : "neither capacity nor percent"),
                    "either capacity (places or caseload after the change) or percent (-30 is a 30% cut), not both");
            return null;
        }
        Integer capacity = fields.integer("capacity", false, 0, MAX_CAPACITY);
        BigDecimal percent = fields.decimal(
                "percent", false, BigDecimal.valueOf(-100), false, "a percentage change (-30 is a 30% cut)");
        if (serviceId == null || capacity == null && percent == null) {
            return null;
        }
        return new Change.ChangeCapacity(serviceId, capacity, percent == null ? null : percent.doubleValue());
    }

    private static Change merge(ProposalFields fields) {
        String expected = "a list of at least two different service ids";
        List<?> ids = fields.list("serviceIds", true, expected);
        List<String> serviceIds = new ArrayList<>();
        if (ids != null) {
            Set<Object> seen = new HashSet<>();
            for (int index = 0; index < ids.size(); index++) {
                Object id = ids.get(index);
                if (!(id instanceof String text)
                        || text.isBlank()
                        || text.length() > ProposalReader.MAX_TEXT
                        || !seen.add(id)) {
                    fields.problemAt(
                            "/serviceIds/" + index,
                            id,
                            "a service id (text of at most " + ProposalReader.MAX_TEXT + " characters), not repeated");
                    continue;
                }
                serviceIds.add(text.strip());
            }
            if (ids.size() < 2) {
                fields.problem("serviceIds", ids, expected);
            }
        }
        String into = fields.text("into", true);
        if (into != null && ids != null && !serviceIds.contains(into)) {
            fields.problem("into", into, "one of the serviceIds being merged");
        }
        String name = fields.text("name", false);
        Integer capacity = fields.integer("capacity", false, 0, MAX_CAPACITY);
        if (into == null || serviceIds.size() < 2 || !serviceIds.contains(into)) {
            return null;
        }
        return new Change.MergeServices(serviceIds, into, name, capacity);
    }

    private static Change needsOrAges(ProposalFields fields) {
        String serviceId = fields.text("serviceId", true);
        Set<NeedCode> needs = fields.needs("needs", false);
        Integer minAge = fields.integer("minAge", false, 0, MAX_AGE);
        Integer maxAge = fields.integer("maxAge", false, 0, MAX_AGE);
        if (!fields.has("needs") && !fields.has("minAge") && !fields.has("maxAge")) {
            fields.problem(
                    "",
                    ProposalProblems.described("none of needs, minAge and maxAge"),
                    "at least one of needs, minAge and maxAge");
        }
        if (minAge != null && maxAge != null && minAge > maxAge) {
            fields.problem("maxAge", maxAge, "an age of at least minAge (" + minAge + ")");
        }
        return serviceId == null ? null : new Change.ChangeNeedsOrAges(serviceId, needs, minAge, maxAge);
    }

    private static Change eligibility(ProposalFields fields) {
        String serviceId = fields.text("serviceId", true);
        Set<SupportLevel> levels = fields.codes(
                "supportLevels",
                true,
                SupportLevel.class,
                SupportLevel::parse,
                "the support levels EHC plan, SEN support");
        String eligibility = fields.text("eligibility", false);
        return serviceId == null || levels == null
                ? null
                : new Change.ChangeEligibility(serviceId, levels, eligibility);
    }

    private static Change transport(ProposalFields fields) {
        BigDecimal maxMiles =
                fields.decimal("maxMiles", false, BigDecimal.ZERO, true, "the longest acceptable journey in miles");
        BigDecimal costPerMile = fields.decimal(
                "costPerMile", false, BigDecimal.ZERO, false, "what a mile of transport costs in pounds");
        if (!fields.has("maxMiles") && !fields.has("costPerMile")) {
            fields.problem(
                    "",
                    ProposalProblems.described("neither maxMiles nor costPerMile"),
                    "at least one of maxMiles and costPerMile");
        }
        return new Change.ChangeTransportPolicy(maxMiles == null ? null : maxMiles.doubleValue(), costPerMile);
    }

    private static Change unitCost(ProposalFields fields) {
        String serviceId = fields.text("serviceId", true);
        BigDecimal cost = fields.decimal(
                "costPerUnit", true, BigDecimal.ZERO, false, "what a place or caseload slot costs a year in pounds");
        return serviceId == null || cost == null ? null : new Change.ChangeUnitCost(serviceId, cost);
    }

    /** For the open change, in its own class: the coded values it reads. */
    static Domain domain(ProposalFields fields) {
        return fields.coded(
                "domain", true, Domain::parse, "a domain: education, health, social care or preparation for adulthood");
    }

    static Tier tier(ProposalFields fields) {
        return fields.coded("tier", true, Tier::parse, "a tier: universal, targeted or specialist");
    }

    static CapacityUnit unit(ProposalFields fields) {
        return fields.coded("unit", true, CapacityUnit::parse, "a unit: places, caseload or hours per week");
    }
}
