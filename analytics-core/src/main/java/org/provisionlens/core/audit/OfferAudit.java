package org.provisionlens.core.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.Tier;

/**
 * Audits the listings of a Local Offer. Fixes come in this order: Schedule 2 categories with no listing (by
 * importance), out-of-area settings in use but not listed (most children first), then listings with gaps (specialist
 * before targeted before universal, most gaps first).
 */
public final class OfferAudit {

    private OfferAudit() {}

    /**
     * @param reviewDate the date "reviewed in the last 12 months" is counted back from
     * @param outOfAreaPlacements out-of-area settings children are placed in (name or URN) and how many children
     */
    public static AuditResult audit(
            List<Service> services, LocalDate reviewDate, Map<String, Integer> outOfAreaPlacements) {
        Map<String, List<ListingGap>> gaps = new LinkedHashMap<>();
        for (Service service : services) {
            List<ListingGap> found = gaps(service, reviewDate);
            if (!found.isEmpty()) {
                gaps.put(service.id(), found);
            }
        }
        List<AuditResult.CategoryScore> scores = new ArrayList<>();
        for (Schedule2Category category : Schedule2Category.values()) {
            List<Service> covering =
                    services.stream().filter(category::coveredBy).toList();
            int complete = (int)
                    covering.stream().filter(s -> !gaps.containsKey(s.id())).count();
            int score = covering.isEmpty() ? 0 : 50 + (int) Math.round(50.0 * complete / covering.size());
            scores.add(new AuditResult.CategoryScore(category, covering.size(), complete, score));
        }
        Map<String, Integer> unlisted = unlisted(services, outOfAreaPlacements);
        return new AuditResult(scores, gaps, unlisted, fixes(services, scores, gaps, unlisted));
    }

    static List<ListingGap> gaps(Service service, LocalDate reviewDate) {
        List<ListingGap> gaps = new ArrayList<>();
        if (service.eligibility() == null || service.eligibility().isBlank()) {
            gaps.add(ListingGap.NO_ELIGIBILITY);
        }
        if (service.email() == null && service.phone() == null && service.website() == null) {
            gaps.add(ListingGap.NO_CONTACT);
        }
        if (service.locations().isEmpty()) {
            gaps.add(ListingGap.NO_LOCATION);
        }
        if (!service.ages().isKnown()) {
            gaps.add(ListingGap.NO_AGE_RANGE);
        }
        if (service.needs().isEmpty()) {
            gaps.add(ListingGap.NO_NEED_TYPES);
        }
        if (service.lastReviewed() == null || service.lastReviewed().isBefore(reviewDate.minusMonths(12))) {
            gaps.add(ListingGap.NOT_REVIEWED);
        }
        return gaps;
    }

    /** Placements whose setting matches no listing's name, id or URN (case and spaces aside). */
    static Map<String, Integer> unlisted(List<Service> services, Map<String, Integer> placements) {
        Set<String> known = new java.util.HashSet<>();
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
            List<Service> services,
            List<AuditResult.CategoryScore> scores,
            Map<String, List<ListingGap>> gaps,
            Map<String, Integer> unlisted) {
        List<AuditResult.Fix> fixes = new ArrayList<>();
        scores.stream()
                .filter(score -> score.services() == 0)
                .sorted(Comparator.comparingInt(
                                (AuditResult.CategoryScore s) -> s.category().importance())
                        .thenComparingInt(s -> s.category().paragraph()))
                .forEach(score -> fixes.add(new AuditResult.Fix(
                        0,
                        "Add to the offer: " + score.category().label(),
                        "Schedule 2 paragraph " + score.category().paragraph() + ": nothing in the offer covers it")));
        unlisted.forEach((setting, children) -> fixes.add(new AuditResult.Fix(
                0,
                "List " + setting + " in the offer",
                children + (children == 1 ? " child or young person is" : " children and young people are")
                        + " placed there, but the offer does not list it (Schedule 2 paragraph 2 when it is outside"
                        + " the area)")));
        Map<String, Service> byId = new LinkedHashMap<>();
        services.forEach(s -> byId.put(s.id(), s));
        gaps.entrySet().stream()
                .sorted(Comparator.comparingInt(
                                (Map.Entry<String, List<ListingGap>> e) -> tierRank(byId.get(e.getKey())))
                        .thenComparing(e -> -e.getValue().size())
                        .thenComparing(e -> byId.get(e.getKey()).name()))
                .forEach(e -> fixes.add(new AuditResult.Fix(
                        0,
                        "Complete the listing of " + byId.get(e.getKey()).name(),
                        String.join(
                                ", ",
                                e.getValue().stream()
                                        .map(ListingGap::description)
                                        .toList()))));
        List<AuditResult.Fix> numbered = new ArrayList<>();
        for (int i = 0; i < fixes.size(); i++) {
            numbered.add(
                    new AuditResult.Fix(i + 1, fixes.get(i).what(), fixes.get(i).why()));
        }
        return numbered;
    }

    private static int tierRank(Service service) {
        Tier tier = service.tier();
        return tier == null ? 3 : EnumSet.of(Tier.SPECIALIST).contains(tier) ? 0 : tier == Tier.TARGETED ? 1 : 2;
    }
}
