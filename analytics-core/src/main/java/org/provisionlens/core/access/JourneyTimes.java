package org.provisionlens.core.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Estimated journey minutes from each origin (LSOA centroid) to each destination (service location), computed once
 * and asked many times: the nearest of any subset of destinations.
 */
public final class JourneyTimes {

    private final Map<String, Map<String, Double>> minutes = new HashMap<>();
    private final TravelSettings settings;

    public JourneyTimes(Collection<Place> origins, Collection<Place> destinations, TravelSettings settings) {
        this.settings = settings;
        for (Place origin : origins) {
            Map<String, Double> row = new HashMap<>();
            for (Place destination : destinations) {
                row.merge(destination.id(), settings.minutes(origin.kilometresTo(destination)), Math::min);
            }
            minutes.put(origin.id(), row);
        }
    }

    /** Minutes from the origin to the nearest of the destinations, or {@code null} when there is none. */
    public Double nearest(String origin, Set<String> destinations) {
        Map<String, Double> row = minutes.getOrDefault(origin, Map.of());
        return destinations.stream()
                .map(row::get)
                .filter(java.util.Objects::nonNull)
                .min(Double::compare)
                .orElse(null);
    }

    /** Whether the nearest of the destinations is within the acceptable journey time. */
    public boolean withinReach(String origin, Set<String> destinations) {
        Double nearest = nearest(origin, destinations);
        return nearest != null && nearest <= settings.maxMinutes();
    }

    public TravelSettings settings() {
        return settings;
    }

    /** Destination ids known for an origin (for tests and diagnostics). */
    List<String> destinations(String origin) {
        return List.copyOf(minutes.getOrDefault(origin, Map.of()).keySet());
    }
}
