package org.provisionlens.core.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.Tier;

/**
 * One thing a Schedule 2 category requires the offer to say, and the rule that finds it in the listings: which
 * listings may show it (domains, tiers, in or outside the area, whether the listing names the needs it serves), and
 * what they must say (one of the phrases, in the name, description, categories or eligibility) or which field they
 * must fill. An element whose rule is {@link Listings#ANY} is met by one such listing; one whose rule is {@link
 * Listings#EVERY} only when every listing of those kinds (at least one) shows it.
 *
 * <p>A lone generic word never satisfies an element: a rule with no phrase must ask for a field or name both a domain
 * and a tier or a side of the area boundary, and no phrase may be one of {@link #GENERIC}.
 */
public record Schedule2Element(
        Schedule2Category category,
        String code,
        String name,
        Listings listings,
        Set<Domain> domains,
        Set<Tier> tiers,
        Boolean inArea,
        boolean needsListed,
        Field field,
        List<String> phrases) {

    /** Words that say nothing on their own: refused as phrases. */
    static final Set<String> GENERIC = Set.of(
            "leisure",
            "support",
            "advice",
            "information",
            "help",
            "care",
            "service",
            "services",
            "school",
            "schools",
            "education",
            "health",
            "transport",
            "travel",
            "website",
            "send",
            "sen");

    /** How many of the listings that fit must show the element. */
    public enum Listings {
        ANY,
        EVERY
    }

    /** Where the element must show: a phrase in the listing's text, or a filled eligibility field. */
    public enum Field {
        TEXT,
        ELIGIBILITY
    }

    public Schedule2Element {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(listings, "listings");
        Objects.requireNonNull(field, "field");
        // EnumSets, whose contains(null) is false: a listing of unknown domain or tier fits no rule that names one
        domains =
                Collections.unmodifiableSet(domains.isEmpty() ? EnumSet.noneOf(Domain.class) : EnumSet.copyOf(domains));
        tiers = Collections.unmodifiableSet(tiers.isEmpty() ? EnumSet.noneOf(Tier.class) : EnumSet.copyOf(tiers));
        phrases = List.copyOf(phrases);
        if (field == Field.TEXT && phrases.isEmpty() && (domains.isEmpty() || tiers.isEmpty() && inArea == null)) {
            throw new IllegalArgumentException("element " + code
                    + " has no phrase, so it must name a domain and a tier or a side of the area boundary");
        }
        for (String phrase : phrases) {
            if (GENERIC.contains(phrase.replace("*", "").trim().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(
                        "element " + code + ": \"" + phrase + "\" says nothing on its own; write what it states");
            }
        }
    }

    /** Whether the listing is of a kind that may show this element. */
    boolean fits(Service service) {
        return (domains.isEmpty() || domains.contains(service.domain()))
                && (tiers.isEmpty() || tiers.contains(service.tier()))
                && (inArea == null || inArea.equals(service.inArea()) || inArea && service.inArea() == null)
                && (!needsListed || !service.needs().isEmpty());
    }

    /** Where the listing shows this element, if it fits and shows it. */
    Optional<Evidence> shownBy(Service service) {
        if (!fits(service)) {
            return Optional.empty();
        }
        if (field == Field.ELIGIBILITY) {
            return blank(service.eligibility())
                    ? Optional.empty()
                    : Optional.of(new Evidence(service.id(), service.name(), "eligibility stated", null));
        }
        if (phrases.isEmpty()) {
            return Optional.of(new Evidence(service.id(), service.name(), kindText(), null));
        }
        Phrases stating = new Phrases(phrases);
        List<String[]> texts = List.of(
                new String[] {"name", service.name()},
                new String[] {"description", service.description()},
                new String[] {"categories", String.join("; ", service.categories())},
                new String[] {"eligibility", service.eligibility()});
        for (String[] text : texts) {
            Optional<String> phrase = stating.foundIn(text[1]);
            if (phrase.isPresent()) {
                return Optional.of(new Evidence(service.id(), service.name(), text[0], phrase.get()));
            }
        }
        return Optional.empty();
    }

    /** The rule in plain English, as the README and the page print it. */
    public String ruleText() {
        List<String> kind = new ArrayList<>();
        if (!domains.isEmpty()) {
            kind.add(words(domains.stream().map(Enum::name).toList(), " or "));
        }
        if (!tiers.isEmpty()) {
            kind.add(words(tiers.stream().map(Enum::name).toList(), " or "));
        }
        String noun = (kind.isEmpty() ? "" : String.join(", ", kind) + " ") + "listing";
        String who = (listings == Listings.EVERY ? "every " : "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ")
                + noun
                + (inArea == null ? "" : inArea ? " in the area" : " outside the area")
                + (needsListed ? " that names the needs it serves" : "");
        if (field == Field.ELIGIBILITY) {
            return who + (listings == Listings.EVERY ? " states" : " that states") + " its eligibility criteria";
        }
        if (phrases.isEmpty()) {
            return who;
        }
        return who
                + (listings == Listings.EVERY ? " says " : " that says ")
                + (phrases.size() > 1 ? "one of " : "")
                + phrases.stream().map(p -> "\u201c" + p + "\u201d").collect(Collectors.joining(", "));
    }

    private String kindText() {
        return ruleText().replaceFirst("^an? ", ""); // "education, specialist listing outside the area"
    }

    private static String words(List<String> codes, String joiner) {
        return codes.stream()
                .map(c -> c.toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(joiner));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
