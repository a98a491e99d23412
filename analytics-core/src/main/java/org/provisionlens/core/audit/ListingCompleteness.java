package org.provisionlens.core.audit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.Tier;

/**
 * How completely one listing gives the Open Referral UK fields, and whether it can be used without the internet.
 *
 * @param missing the fields it does not give, required ones first (each in {@link ListingField} order)
 * @param score the share of the {@link ListingField}s it gives, 0-100, rounded
 * @param offlineRoute whether it gives a phone number or a postal address (address line and postcode), so that a
 *     family without the internet can reach it
 */
public record ListingCompleteness(
        String serviceId, String name, Tier tier, List<ListingField> missing, int score, boolean offlineRoute) {

    public ListingCompleteness {
        missing = List.copyOf(missing);
    }

    static ListingCompleteness of(Service service, LocalDate reviewDate) {
        List<ListingField> missing = Arrays.stream(ListingField.values())
                .filter(field -> !field.presentIn(service, reviewDate))
                .sorted(java.util.Comparator.comparing(ListingField::level))
                .toList();
        int fields = ListingField.values().length;
        int score = (int) Math.round(100.0 * (fields - missing.size()) / fields);
        boolean offline = !ListingField.blank(service.phone())
                || service.locations().stream().anyMatch(ListingField::postal);
        return new ListingCompleteness(service.id(), service.name(), service.tier(), missing, score, offline);
    }

    /** Whether it gives every required field. */
    public boolean complete() {
        return requiredMissing().isEmpty();
    }

    public List<ListingField> requiredMissing() {
        return missing.stream()
                .filter(f -> f.level() == ListingField.Level.REQUIRED)
                .toList();
    }
}
