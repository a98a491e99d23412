package org.provisionlens.core.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.Tier;

/**
 * Audits the listings of a Local Offer: each Schedule 2 element against the listings (a category's score is the share
 * of its elements met), each listing against the Open Referral UK fields, and the out-of-area settings in use but not
 * listed. Fixes come in this order: categories with elements missing (by importance, then paragraph), out-of-area
 * settings in use but not listed (most children first), then listings missing required fields or with no offline
 * route (specialist before targeted before universal, most missing first).
 */
public final class OfferAudit {

    private OfferAudit() {}

    /**
     * @param reviewDate the date "reviewed in the last 12 months" is counted back from
     * @param outOfAreaPlacements out-of-area settings children are placed in (name or URN) and how many children
     */
    public static AuditResult audit(
            List<Service> services, LocalDate reviewDate, Map<String, Integer> outOfAreaPlacements) {
        List<ListingCompleteness> listings = services.stream()
                .map(s -> ListingCompleteness.of(s, reviewDate))
                .toList();
        Set<String> complete = listings.stream()
                .filter(ListingCompleteness::complete)
                .map(ListingCompleteness::serviceId)
                .collect(Collectors.toSet());
        List<ElementResult> elements = Schedule2Elements.all().stream()
                .map(e -> ElementResult.check(e, services))
                .toList();
        List<AuditResult.CategoryScore> scores = new ArrayList<>();
        for (Schedule2Category category : Schedule2Category.values()) {
            List<ElementResult> of = elements.stream()
                    .filter(r -> r.element().category() == category)
                    .toList();
            int met = (int) of.stream().filter(ElementResult::met).count();
            Set<String> showing = new HashSet<>();
            of.forEach(r -> r.evidence().forEach(e -> showing.add(e.serviceId())));
            int completeShowing =
                    (int) showing.stream().filter(complete::contains).count();
            int score = of.isEmpty() ? 0 : (int) Math.round(100.0 * met / of.size());
            scores.add(new AuditResult.CategoryScore(category, of.size(), met, showing.size(), completeShowing, score));
        }
        Map<String, Integer> unlisted = unlisted(services, outOfAreaPlacements);
        return new AuditResult(scores, elements, listings, unlisted, fixes(elements, listings, unlisted));
    }

    /** Placements whose setting matches no listing's name, id or URN (case and spaces aside). */
    static Map<String, Integer> unlisted(List<Service> services, Map<String, Integer> placements) {
        Set<String> known = new HashSet<>();
        for (Service service : services) {
            known.add(simple(service.name()));
            known.add(simple(service.id()));
            known.add(simple(service.id().substring(service.id().indexOf(':') + 1))); // the id in its own source
            if (service.urn() != null) {
                known.add(simple(service.urn()));
            }
        }
        Map<String, Integer> unlisted = new LinkedHashMap<>();
        placements.entrySet().stream()
                .filter(p -> !known.contains(simple(p.getKey())))
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(p -> unlisted.put(p.getKey(), p.getValue()));
        return unlisted;
    }

    private static String simple(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static List<AuditResult.Fix> fixes(
            List<ElementResult> elements, List<ListingCompleteness> listings, Map<String, Integer> unlisted) {
        List<String[]> fixes = new ArrayList<>();
        Map<Schedule2Category, List<String>> missing = new LinkedHashMap<>();
        elements.stream()
                .filter(r -> !r.met())
                .forEach(r -> missing.computeIfAbsent(r.element().category(), c -> new ArrayList<>())
                        .add(r.element().name()));
        missing.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Schedule2Category, List<String>> e) ->
                                e.getKey().importance())
                        .thenComparingInt(e -> e.getKey().paragraph()))
                .forEach(e -> fixes.add(new String[] {
                    "Add to the offer: " + e.getKey().label(),
                    "Schedule 2 paragraph " + e.getKey().paragraph() + ": no listing shows "
                            + String.join("; ", e.getValue())
                }));
        unlisted.forEach((setting, children) -> fixes.add(new String[] {
            "List " + setting + " in the offer",
            children + (children == 1 ? " child or young person is" : " children and young people are")
                    + " placed there, but the offer does not list it (Schedule 2 paragraph 2 when it is outside"
                    + " the area)"
        }));
        listings.stream()
                .filter(l -> !l.complete() || !l.offlineRoute())
                .sorted(Comparator.comparingInt((ListingCompleteness l) -> tierRank(l.tier()))
                        .thenComparing(l -> -l.requiredMissing().size())
                        .thenComparing(ListingCompleteness::name))
                .forEach(l -> fixes.add(new String[] {"Complete the listing of " + l.name(), why(l)}));
        List<AuditResult.Fix> numbered = new ArrayList<>();
        for (int i = 0; i < fixes.size(); i++) {
            numbered.add(new AuditResult.Fix(i + 1, fixes.get(i)[0], fixes.get(i)[1]));
        }
        return numbered;
    }

    private static String why(ListingCompleteness listing) {
        List<String> parts = new ArrayList<>();
        if (!listing.complete()) {
            parts.add("missing "
                    + listing.requiredMissing().stream()
                            .map(ListingField::label)
                            .collect(Collectors.joining(", ")));
        }
        if (!listing.offlineRoute()) {
            parts.add("no phone number or postal address, so it cannot be used without the internet");
        }
        return String.join("; ", parts);
    }

    private static int tierRank(Tier tier) {
        return tier == null ? 3 : tier == Tier.SPECIALIST ? 0 : tier == Tier.TARGETED ? 1 : 2;
    }
}
