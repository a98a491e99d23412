package org.provisionlens.core.services;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Merges listings from several sources that are the same service: the same URN, or the same name and postcode (case,
 * spaces and punctuation aside). The first listing (in input order) wins each field it has; later listings fill the
 * gaps; the merged service keeps every source, so the merge is visible.
 */
public final class ServiceMerger {

    private ServiceMerger() {}

    /** A merged service and the ids of the listings merged into it (one id when nothing was merged). */
    public record Merged(Service service, List<String> mergedIds) {

        public boolean wasMerged() {
            return mergedIds.size() > 1;
        }
    }

    public static List<Merged> merge(List<Service> listings) {
        Map<String, List<Service>> groups = new LinkedHashMap<>();
        Map<String, String> keyToGroup = new LinkedHashMap<>();
        for (Service listing : listings) {
            List<String> keys = keys(listing);
            String group = keys.stream()
                    .map(keyToGroup::get)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            if (group == null) {
                group = listing.id();
                groups.put(group, new ArrayList<>());
            }
            groups.get(group).add(listing);
            for (String key : keys) {
                keyToGroup.putIfAbsent(key, group);
            }
        }
        List<Merged> merged = new ArrayList<>();
        for (List<Service> group : groups.values()) {
            merged.add(
                    new Merged(combine(group), group.stream().map(Service::id).toList()));
        }
        return merged;
    }

    static List<String> keys(Service listing) {
        List<String> keys = new ArrayList<>();
        if (listing.urn() != null && !listing.urn().isBlank()) {
            keys.add("urn:" + listing.urn().trim());
        }
        String postcode = listing.mainPostcode();
        if (postcode != null) {
            keys.add("name+postcode:" + simplify(listing.name()) + "|" + simplify(postcode));
        }
        return keys;
    }

    private static String simplify(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Service combine(List<Service> group) {
        Service first = group.get(0);
        if (group.size() == 1) {
            return first;
        }
        ServiceBuilder merged = ServiceBuilder.from(first);
        List<SourceReference> sources = new ArrayList<>();
        java.util.Set<org.provisionlens.core.provision.NeedCode> needs = new java.util.TreeSet<>();
        List<ServiceLocation> locations = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        for (Service listing : group) {
            sources.addAll(listing.sources());
            needs.addAll(listing.needs());
            listing.locations().stream().filter(l -> !locations.contains(l)).forEach(locations::add);
            listing.categories().stream().filter(c -> !categories.contains(c)).forEach(categories::add);
        }
        return merged.description(firstKnown(group, Service::description))
                .organisation(firstKnown(group, Service::organisation))
                .urn(firstKnown(group, Service::urn))
                .domain(firstKnown(group, Service::domain))
                .tier(firstKnown(group, Service::tier))
                .ages(firstKnown(group, s -> s.ages().isKnown() ? s.ages() : null))
                .capacity(firstKnown(group, Service::capacity))
                .capacityUnit(firstKnown(group, s -> s.capacity() == null ? null : s.capacityUnit()))
                .currentUse(firstKnown(group, Service::currentUse))
                .waitingList(firstKnown(group, Service::waitingList))
                .waitingWeeks(firstKnown(group, Service::waitingWeeks))
                .costPerUnit(firstKnown(group, Service::costPerUnit))
                .funder(firstKnown(group, Service::funder))
                .inArea(firstKnown(group, Service::inArea))
                .eligibility(firstKnown(group, Service::eligibility))
                .qualityRating(firstKnown(group, Service::qualityRating))
                .lastReviewed(group.stream()
                        .map(Service::lastReviewed)
                        .filter(Objects::nonNull)
                        .max(java.time.LocalDate::compareTo)
                        .orElse(null))
                .email(firstKnown(group, Service::email))
                .phone(firstKnown(group, Service::phone))
                .website(firstKnown(group, Service::website))
                .needs(needs)
                .locations(locations)
                .categories(categories)
                .sources(sources)
                .build();
    }

    private static <T> T firstKnown(List<Service> group, Function<Service, T> field) {
        return group.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
