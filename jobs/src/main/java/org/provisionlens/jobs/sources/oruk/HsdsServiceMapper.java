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
import java.util.regex.Pattern;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.AgeRange;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Funder;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.core.services.SourceReference;
import org.provisionlens.core.services.Tier;

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
 * <p>Problems (each keeps the record out): a missing id or name; ages that are not numbers, outside 0-120 or reversed;
 * coordinates that are not numbers or out of range; an email that is clearly not one. A latitude and longitude both
 * 0 are read as unknown, not as a place in the Gulf of Guinea.
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

    /** The service when there were no problems, else the problems; the HSDS id when the record had one. */
    public record Mapping(Service service, String hsdsId, List<Problem> problems) {

        public boolean accepted() {
            return service != null;
        }
    }

    /** Something that is plainly not an email address: no "@", spaces, or no dot after the "@". */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

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
        }
        String name = HtmlText.cleanLine(HsdsJson.text(service, "name"));
        if (name == null) {
            problems.add(new Problem("", "name", HsdsJson.raw(service, "name"), "a service needs a name"));
        }
        AgeRange ages = ages(service, problems);
        List<ServiceLocation> locations = HsdsLocations.locations(service, problems);
        String email = email(service, problems);

        if (!problems.isEmpty()) {
            return new Mapping(null, hsdsId, problems);
        }
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
        JsonNode organization = service.path("organization");
        Service mapped = ServiceBuilder.service(inputName + ":" + hsdsId, name)
                .description(HtmlText.toPlainText(HsdsJson.text(service, "description")))
                .organisation(HtmlText.cleanLine(HsdsJson.text(organization, "name")))
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
                .phone(phone(service))
                .website(HsdsJson.text(service, "url"))
                .categories(categories)
                .sources(List.of(new SourceReference(inputName, format, file, location, hsdsId)))
                .build();
        return new Mapping(mapped, hsdsId, List.of());
    }

    // ---- ages

    private static AgeRange ages(JsonNode service, List<Problem> problems) {
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
        int before = problems.size();
        BigDecimal from = age(holder, pointer, "minimum_age", problems);
        BigDecimal to = age(holder, pointer, "maximum_age", problems);
        if (problems.size() > before) {
            return null;
        }
        if (from != null && to != null && from.compareTo(to) > 0) {
            problems.add(new Problem(
                    pointer,
                    "minimum_age",
                    from.toPlainString(),
                    "the minimum age " + from.toPlainString() + " is above the maximum age " + to.toPlainString()));
            return null;
        }
        return new AgeRange(wholeYears(from), wholeYears(to));
    }

    private static BigDecimal age(JsonNode holder, String pointer, String field, List<Problem> problems) {
        String given = HsdsJson.raw(holder, field);
        BigDecimal age = HsdsJson.number(holder, field);
        if (age == null && given != null && !given.isBlank()) {
            problems.add(new Problem(pointer, field, given, "expected an age in years, a number 0-120"));
            return null;
        }
        if (age != null && (age.signum() < 0 || age.compareTo(BigDecimal.valueOf(120)) > 0)) {
            problems.add(new Problem(pointer, field, given, "an age must be 0-120 years"));
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

    private static String email(JsonNode service, List<Problem> problems) {
        String email = HsdsJson.text(service, "email");
        if (email != null && email.regionMatches(true, 0, "mailto:", 0, 7)) {
            email = email.substring(7).trim();
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new Problem("", "email", HsdsJson.raw(service, "email"), "not an email address"));
            return null;
        }
        if (email != null) {
            return email;
        }
        for (JsonNode contact : service.path("contacts")) {
            String other = HsdsJson.text(contact, "email");
            if (other != null && EMAIL.matcher(other).matches()) {
                return other;
            }
        }
        return null;
    }

    private static String phone(JsonNode service) {
        List<JsonNode> phones = new ArrayList<>();
        service.path("phones").forEach(phones::add);
        for (JsonNode contact : service.path("contacts")) {
            contact.path("phones").forEach(phones::add);
        }
        for (JsonNode phone : phones) {
            String number = HsdsJson.text(phone, "number");
            if (number != null) {
                // some exports quote the number twice: """+44 1234 234567"""
                number = number.replaceAll("^[\"']+|[\"']+$", "").trim();
                if (!number.isEmpty()) {
                    return number;
                }
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
