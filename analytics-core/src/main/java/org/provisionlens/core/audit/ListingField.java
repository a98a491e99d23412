package org.provisionlens.core.audit;

import java.time.LocalDate;
import java.util.function.BiPredicate;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceLocation;

/**
 * The Open Referral UK (HSDS 3.0 UK profile) fields a listing is checked for. {@link Level#REQUIRED}: the profile
 * requires it ({@code service.name}; an address's {@code address_1} and {@code postal_code}; an organisation's name),
 * or a family cannot use or judge the service without it (description, contact, ages, eligibility, when it was last
 * assured). {@link Level#RECOMMENDED}: the profile has the field and the offer is better with it. The profile's {@code
 * schedules}, {@code languages}, {@code service_areas} and {@code accessibility} are not checked: the platform's
 * service model does not carry them.
 */
public enum ListingField {
    NAME(Level.REQUIRED, "service.name", "name", (s, d) -> !blank(s.name())),
    DESCRIPTION(Level.REQUIRED, "service.description", "description", (s, d) -> !blank(s.description())),
    ORGANISATION(Level.REQUIRED, "organization.name", "organisation", (s, d) -> !blank(s.organisation())),
    CONTACT(
            Level.REQUIRED,
            "service.email, phone.number",
            "phone or email",
            (s, d) -> !blank(s.phone()) || !blank(s.email())),
    ADDRESS(
            Level.REQUIRED,
            "address.address_1, address.postal_code",
            "address and postcode",
            (s, d) -> s.locations().stream().anyMatch(ListingField::postal)),
    AGE_RANGE(
            Level.REQUIRED,
            "service.minimum_age, service.maximum_age",
            "age range",
            (s, d) -> s.ages().isKnown()),
    ELIGIBILITY(Level.REQUIRED, "eligibility_description", "eligibility", (s, d) -> !blank(s.eligibility())),
    ASSURED(
            Level.REQUIRED,
            "service.assured_date",
            "reviewed in the last 12 months",
            (s, d) -> s.lastReviewed() != null && !s.lastReviewed().isBefore(d.minusMonths(12))),
    WEBSITE(Level.RECOMMENDED, "service.url", "website", (s, d) -> !blank(s.website())),
    COST(Level.RECOMMENDED, "cost_option.amount", "cost", (s, d) -> s.costPerUnit() != null),
    NEED_TYPES(
            Level.RECOMMENDED,
            "attribute (SEND needs taxonomy)",
            "need types",
            (s, d) -> !s.needs().isEmpty()),
    FUNDING(Level.RECOMMENDED, "funding.source", "funder", (s, d) -> s.funder() != null);

    /** Whether the profile or a family needs the field ({@code REQUIRED}) or the offer is better with it. */
    public enum Level {
        REQUIRED,
        RECOMMENDED
    }

    private final Level level;
    private final String oruk;
    private final String label;
    private final BiPredicate<Service, LocalDate> present;

    ListingField(Level level, String oruk, String label, BiPredicate<Service, LocalDate> present) {
        this.level = level;
        this.oruk = oruk;
        this.label = label;
        this.present = present;
    }

    public Level level() {
        return level;
    }

    /** The Open Referral UK field(s) it stands for. */
    public String oruk() {
        return oruk;
    }

    /** What the page says is missing: "phone or email". */
    public String label() {
        return label;
    }

    /** Whether the listing gives it; {@code reviewDate} is what "the last 12 months" count back from. */
    public boolean presentIn(Service service, LocalDate reviewDate) {
        return present.test(service, reviewDate);
    }

    /** A postal address: an address line and a postcode. */
    static boolean postal(ServiceLocation location) {
        return !blank(location.address()) && !blank(location.postcode());
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
