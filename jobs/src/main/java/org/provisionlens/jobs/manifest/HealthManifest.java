package org.provisionlens.jobs.manifest;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The manifest's place of the LA in the NHS, checked before anything is read: {@code subIcbLocation}, the sub-ICB
 * location (NHS "place") whose area is the LA, by its ONS code ({@code E38000187}) or NHS code ({@code 02A}), found in
 * the run's {@code ons-sub-icb-lookup-csv} input (its ICB must be the manifest's {@code icb}: the review run checks
 * that once the lookup is read); and {@code nhsProviders}, the provider trusts whose rows of the NHS waiting-list input
 * the run keeps beside the ICB's and England's.
 */
final class HealthManifest {

    static final String PLACE_PATTERN = "(?i)E38\\d{6}|[0-9A-Z]{3,5}";

    private HealthManifest() {}

    static void check(
            Collection<InputSpec> inputs, String subIcbLocation, List<String> nhsProviders, List<String> problems) {
        long lookups = count(inputs, InputFormat.Role.HEALTH_GEOGRAPHY);
        boolean place = subIcbLocation != null && !subIcbLocation.isBlank();
        if (lookups > 1) {
            problems.add("a review run takes at most one input of format ons-sub-icb-lookup-csv; found " + lookups);
        }
        if (lookups > 0 && !place) {
            problems.add("missing field subIcbLocation: an input of format ons-sub-icb-lookup-csv needs the sub-ICB"
                    + " location that is the LA's NHS place, by its ONS or NHS code, e.g. \"subIcbLocation\": \"02A\""
                    + " (Trafford's)");
        }
        if (place && lookups == 0) {
            problems.add("subIcbLocation '" + subIcbLocation + "' needs an input of format ons-sub-icb-lookup-csv"
                    + " (the ONS sub-ICB location to ICB lookup) to find it in");
        }
        if (place && !subIcbLocation.trim().matches(PLACE_PATTERN)) {
            problems.add("subIcbLocation '" + subIcbLocation + "' is not a sub-ICB location code; expected its ONS"
                    + " code (E38 and six digits, e.g. E38000187) or its NHS code (e.g. 02A)");
        }
        if (nhsProviders == null || nhsProviders.isEmpty()) {
            return;
        }
        if (count(inputs, InputFormat.Role.COMMUNITY_WAITS) == 0) {
            problems.add("nhsProviders needs an input of format nhs-community-waiting-list-csv (the providers' rows"
                    + " are kept from it)");
        }
        Set<String> seen = new HashSet<>();
        for (String provider : nhsProviders) {
            if (provider == null || provider.isBlank()) {
                problems.add("nhsProviders: a blank name; expected provider trusts as the waiting-list file names"
                        + " them, e.g. \"Manchester University NHS Foundation Trust\"");
            } else if (!seen.add(provider.trim().toLowerCase(Locale.ROOT))) {
                problems.add("nhsProviders names '" + provider.trim() + "' twice");
            }
        }
    }

    private static long count(Collection<InputSpec> inputs, InputFormat.Role role) {
        return inputs.stream()
                .filter(spec -> InputFormat.of(spec).role() == role)
                .count();
    }
}
