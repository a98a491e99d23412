package org.provisionlens.jobs.conform;

import java.util.List;
import org.provisionlens.jobs.sources.SubIcbLocation;

/**
 * The NHS geography of a run: every sub-ICB location of the lookup it read, and the one that is the run's LA.
 *
 * @param locations the lookup's accepted rows, in file order (empty when the manifest names no lookup)
 * @param place the LA's sub-ICB location (the manifest's subIcbLocation), one of {@code locations}; {@code null} when
 *     the manifest names no lookup
 */
public record HealthGeography(List<SubIcbLocation> locations, SubIcbLocation place) {

    public HealthGeography {
        locations = List.copyOf(locations);
        if (place != null && !locations.contains(place)) {
            throw new IllegalArgumentException("the place " + place.describe() + " is not one of the locations");
        }
    }

    /** No NHS geography: the manifest names no sub-ICB lookup. */
    public static HealthGeography none() {
        return new HealthGeography(List.of(), null);
    }
}
