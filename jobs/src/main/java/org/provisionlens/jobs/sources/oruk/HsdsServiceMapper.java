package org.provisionlens.jobs.sources.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.AgeRange;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Funder;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.core.services.SourceReference;
import org.provisionlens.core.services.Tier;
import org.provisionlens.jobs.ingest.InputLimits;
import org.provisionlens.jobs.ingest.OptionalFields;
import org.provisionlens.jobs.ingest.OptionalValue;

/**
 * One HSDS 3.0 service object (as the API's {@code /services/{id}} gives it, or as the datapackage reader assembles
 * it from its tables) into the canonical {@link Service}, or into the problems that keep it out.
 *
 * <p>Read: id, name, description (HTML taken out), organisation, email, website, phone (the service's phones, else
 * its contacts' phones), ages ({@code minimum_age}/{@code maximum_age}, else an eligibility record's), locations
 * (each {@code service_at_locations[].location}: name, address lines and town, postcode, coordinates), categories,
 * needs, domain and tier (from the taxonomy terms of {@code attributes}), eligibility, last reviewed ({@code
 * assured_date}, else {@code last_modified}), cost (only when every cost option with an amount gives the same amount)
 * and funder (only when a funding source is exactly a known funder). Status is not kept: inactive and defunct
 * services are read like active ones. Open Referral UK 1.0 names ({@code eligibilitys}, {@code service_taxonomys},
 * {@code physical_addresses}) are read too.
 *
 * <p>Problems (each keeps the record out, as its row is unusable): a missing id or name, or one over its {@link
 * InputLimits} limit. Faults in optional fields keep the record and are returned as {@link Finding}s, the field
 * cleaned or left empty ({@link OptionalFields}): an email with a {@code mailto:} prefix or a trailing full stop
 * (cleaned), or that is not one; a web address without a scheme (https:// added) or that is not one; a phone number
 * that is not a UK one (the next number is used, if any); ages that are not numbers, outside 0-120 or reversed (ages
 * unknown); coordinates that are not numbers or out of range (the location kept without them); a description or an
 * organisation name over its limit. A latitude and longitude both 0 are read as unknown, not as a place in the Gulf
 * of Guinea.
 */
public final class HsdsServiceMapper {

    /**
     * Why a record is kept out.
     *
     * @param pointer the JSON pointer, relative to the service object, of the object that holds the field ({@code ""}
     *     for the service itself, {@code /service_at_locations/0/location} for its first location)
     * @param field the field's name in that object
     * @param value the value as given ({@code null} when missing)
     */
    public record Problem(String pointer, String field, String value, String reason) {}

    /**
     * A fault in an optional field: the record is kept with the field cleaned ({@code keptAs}) or left empty ({@code
     * keptAs} null).
     *
     * @param pointer as a {@link Problem}'s
     */
    public record Finding(String pointer, String field, String value, String keptAs, String reason) {}

    /**
     * The service when there were no problems, else the problems; the HSDS id when the record had one; the findings
     * of the optional fields (empty when the record is kept out).
     */
    public record Mapping(Service service, String hsdsId, List<Problem> problems, List<Finding> findings) {

        public Mapping {
            problems = List.copyOf(problems);
            findings = List.copyOf(findings);
        }

        Mapping(Service service, String hsdsId, List<Problem> problems) {
            this(service, hsdsId, problems, List.of());
        }

        public boolean accepted() {
            return service != null;
        }
    }

    private HsdsServiceMapper() {}

    /**
     * Maps one service object.
     *
     * @param file the file or URL the object was read from
     * @param location where in it: a JSON pointer ("/contents/3") or a line ("line 12 of services.csv")
     */
    public static Mapping map(JsonNode service, String inputName, String format, String file, String location) {
        List<Problem> problems = new ArrayList<>();
        if (service == null || !service.isObject()) {
            problems.add(new Problem(
                    "",
                    "(record)",
                    service == null ? null : HsdsJson.abbreviate(service.toString()),
                    "expected a service object {\"id\": ..., \"name\": ...}"));
            return new Mapping(null, null, problems);
        }
        String hsdsId = HsdsJson.text(service, "id");
        if (hsdsId == null) {
            problems.add(new Problem("", "id", HsdsJson.raw(service, "id"), "a service needs an id"));
        } else if (hsdsId.length() > InputLimits.FIELD_CHARS) {
            problems.add(new Problem(
                    "",
                    "id",
                    OptionalFields.shown(hsdsId),
                    InputLimits.tooLong("the id", hsdsId, InputLimits.FIELD_CHARS)));
            hsdsId = null;
        }
        String givenName = HsdsJson.text(service, "name");
        String name = null;
        if (givenName != null && givenName.length() > InputLimits.NAME_CHARS) {
            problems.add(new Problem(
                    "",
                    "name",
                    OptionalFields.shown(givenName),
                    InputLimits.tooLong("the name", givenName, InputLimits.NAME_CHARS)));
        } else {
            name = HtmlText.cleanLine(givenName);
            if (name == null) {
                problems.add(new Problem("", "name", HsdsJson.raw(service, "name"), "a service needs a name"));
            }
        }
        if (!problems.isEmpty()) {
            return new Mapping(null, hsdsId, problems);
        }
        List<Finding> findings = new ArrayList<>();
        AgeRange ages = ages(service, findings);
        List<ServiceLocation> locations = HsdsLocations.locations(service, findings);
        String email = email(service, findings);
        String phone = phone(service, findings);
        String website = optional(service, "", "url", OptionalFields::website, findings);
        String description = optional(
                service,
                "",
                "description",
                text -> OptionalFields.limited("the description", text, InputLimits.TEXT_CHARS),
                findings);
        String organisation = optional(
                service.path("organization"),
                "/organization",
                "name",
                text -> OptionalFields.limited("the organisation's name", text, InputLimits.NAME_CHARS),
                findings);
        List<JsonNode> terms = taxonomyTerms(service);
        Set<NeedCode> needs = EnumSet.noneOf(NeedCode.class);
        List<String> categories = new ArrayList<>();
        Domain domain = null;
        Tier tier = null;
        for (JsonNode term : terms) {
            List<String> labels = new ArrayList<>();
            for (String field : List.of("name", "code", "term", "value")) {
                String label = HtmlText.cleanLine(HsdsJson.text(term, field));
                if (label != null && !labels.contains(label)) {
                    labels.add(label);
                }
            }
            if (!labels.isEmpty() && !categories.contains(labels.get(0))) {
                categories.add(labels.get(0));
            }
            for (String label : labels) {
                needs.addAll(SendNeedTaxonomy.needsOf(label));
                domain = domain != null ? domain : Domain.parse(label).orElse(null);
                tier = tier != null ? tier : Tier.parse(label).orElse(null);
            }
        }
        Service mapped = ServiceBuilder.service(inputName + ":" + hsdsId, name)
                .description(HtmlText.toPlainText(description))
                .organisation(HtmlText.cleanLine(organisation))
                .domain(domain)
                .tier(tier)
                .needs(needs)
                .ages(ages)
                .locations(locations)
                .costPerUnit(cost(service))
                .funder(funder(service))
                .eligibility(eligibility(service))
                .lastReviewed(lastReviewed(service))
                .email(email)
                .phone(phone)
                .website(website)
                .categories(categories)
                .sources(List.of(new SourceReference(inputName, format, file, location, hsdsId)))
                .build();
        return new Mapping(mapped, hsdsId, List.of(), findings);
    }

    /** An optional text field, cleaned by {@code rule}; a fault is recorded as a finding. */
    private static String optional(
            JsonNode holder,
            String pointer,
            String field,
            java.util.function.Function<String, OptionalValue> rule,
            List<Finding> findings) {
        String given = HsdsJson.text(holder, field);
        OptionalValue value = rule.apply(given);
        if (value.isFinding()) {
            findings.add(new Finding(pointer, field, OptionalFields.shown(given), value.kept(), value.reason()));
        }
        return value.kept();
    }

    // ---- ages

    private static AgeRange ages(JsonNode service, List<Finding> findings) {
        String pointer = "";
        JsonNode holder = service;
        if (HsdsJson.isBlank(service, "minimum_age") && HsdsJson.isBlank(service, "maximum_age")) {
            for (String records : List.of("eligibility", "eligibilitys", "eligibilities")) {
                JsonNode list = service.path(records);
                for (int i = 0; i < list.size(); i++) {
                    JsonNode record = list.get(i);
                    if (!HsdsJson.isBlank(record, "minimum_age") || !HsdsJson.isBlank(record, "maximum_age")) {
                        holder = record;
                        pointer = "/" + records + "/" + i;
                        break;
                    }
                }
                if (holder != service) {
                    break;
                }
            }
        }
        int before = findings.size();
        BigDecimal from = age(holder, pointer, "minimum_age", findings);
        BigDecimal to = age(holder, pointer, "maximum_age", findings);
        if (findings.size() > before) {
            return AgeRange.unknown();
        }
        if (from != null && to != null && from.compareTo(to) > 0) {
            findings.add(new Finding(
                    pointer,
                    "minimum_age",
                    from.toPlainString(),
                    null,
                    "the minimum age " + from.toPlainString() + " is above the maximum age " + to.toPlainString()
                            + ": ages unknown"));
            return AgeRange.unknown();
        }
        return new AgeRange(wholeYears(from), wholeYears(to));
    }

    private static BigDecimal age(JsonNode holder, String pointer, String field, List<Finding> findings) {
        String given = HsdsJson.raw(holder, field);
        BigDecimal age = HsdsJson.number(holder, field);
        if (age == null && given != null && !given.isBlank()) {
            findings.add(new Finding(
                    pointer,
                    field,
                    OptionalFields.shown(given),
                    null,
                    "expected an age in years, a number 0-120: ages unknown"));
            return null;
        }
        if (age != null && (age.signum() < 0 || age.compareTo(BigDecimal.valueOf(120)) > 0)) {
            findings.add(new Finding(pointer, field, given, null, "an age must be 0-120 years: ages unknown"));
            return null;
        }
        return age;
    }

    /** Ages in whole years: 0.5 (six months) is 0. */
    private static Integer wholeYears(BigDecimal age) {
        return age == null ? null : age.setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    // ---- locations

    // ---- contact details

    /** The service's email, else its first contact's that is one. */
    private static String email(JsonNode service, List<Finding> findings) {
        if (HsdsJson.text(service, "email") != null) {
            return optional(service, "", "email", OptionalFields::email, findings);
        }
        JsonNode contacts = service.path("contacts");
        for (int i = 0; i < contacts.size(); i++) {
            String email = optional(contacts.get(i), "/contacts/" + i, "email", OptionalFields::email, findings);
            if (email != null) {
                return email;
            }
        }
        return null;
    }

    /** The first of the service's phones, else of its contacts' phones, that is a UK phone number. */
    private static String phone(JsonNode service, List<Finding> findings) {
        java.util.Map<String, JsonNode> phones = new java.util.LinkedHashMap<>();
        JsonNode own = service.path("phones");
        for (int i = 0; i < own.size(); i++) {
            phones.put("/phones/" + i, own.get(i));
        }
        JsonNode contacts = service.path("contacts");
        for (int c = 0; c < contacts.size(); c++) {
            JsonNode theirs = contacts.get(c).path("phones");
            for (int i = 0; i < theirs.size(); i++) {
                phones.put("/contacts/" + c + "/phones/" + i, theirs.get(i));
            }
        }
        for (var phone : phones.entrySet()) {
            String number = optional(phone.getValue(), phone.getKey(), "number", OptionalFields::phone, findings);
            if (number != null) {
                return number;
            }
        }
        return null;
    }

    // ---- taxonomy, eligibility, dates, cost, funder

    /** The taxonomy terms of the service's attributes (HSDS 3.0) and of its ORUK 1.0 {@code service_taxonomys}. */
    private static List<JsonNode> taxonomyTerms(JsonNode service) {
        List<JsonNode> terms = new ArrayList<>();
        for (JsonNode attribute : service.path("attributes")) {
            JsonNode term = attribute.path("taxonomy_term");
            if (term.isObject()) {
                terms.add(term);
            }
        }
        for (JsonNode link : service.path("service_taxonomys")) {
            JsonNode term = link.path("taxonomy");
            if (term.isObject()) {
                terms.add(term);
            }
        }
        return terms;
    }

    private static String eligibility(JsonNode service) {
        String description = HtmlText.toPlainText(HsdsJson.text(service, "eligibility_description"));
        if (description != null) {
            return description;
        }
        Set<String> parts = new LinkedHashSet<>();
        for (String records : List.of("eligibility", "eligibilitys", "eligibilities")) {
            for (JsonNode record : service.path(records)) {
                String part = HtmlText.toPlainText(
                        HsdsJson.text(record, "eligibility") != null
                                ? HsdsJson.text(record, "eligibility")
                                : HsdsJson.text(record, "description"));
                if (part != null) {
                    parts.add(part);
                }
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static LocalDate lastReviewed(JsonNode service) {
        LocalDate assured = date(HsdsJson.text(service, "assured_date"));
        return assured != null ? assured : date(HsdsJson.text(service, "last_modified"));
    }

    private static LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal cost(JsonNode service) {
        Set<BigDecimal> amounts = new LinkedHashSet<>();
        for (JsonNode option : service.path("cost_options")) {
            BigDecimal amount = HsdsJson.number(option, "amount");
            if (amount != null) {
                amounts.add(amount.stripTrailingZeros());
            }
        }
        if (amounts.size() != 1) {
            return null;
        }
        BigDecimal amount = amounts.iterator().next();
        return amount.signum() < 0 ? null : amount;
    }

    private static Funder funder(JsonNode service) {
        Set<Funder> funders = new LinkedHashSet<>();
        for (JsonNode funding : service.path("funding")) {
            Funder.parse(HsdsJson.text(funding, "source")).ifPresent(funders::add);
        }
        return funders.size() == 1 ? funders.iterator().next() : null;
    }

    // ---- values

}
