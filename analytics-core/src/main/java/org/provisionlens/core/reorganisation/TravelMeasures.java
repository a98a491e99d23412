package org.provisionlens.core.reorganisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The journeys of the affected children (under the scenario's growth), before and after: median and 90th percentile
 * by nearest rank (the smallest journey that at least half, or 90%, of the children's journeys do not exceed), the
 * longest, and how many are over the transport policy's limit. Children with no known journey (no home area, a
 * service with no location, out of area or unmet after) are not in the figures.
 */
final class TravelMeasures {

    private record Journey(double minutes, double miles, int children) {}

    private TravelMeasures() {}

    static Impact.Travel before(Displacement displacement, double maxMiles) {
        List<Journey> journeys = new ArrayList<>();
        for (Displacement.Group g : displacement.groups) {
            if (g.minutesBefore() != null && g.grown() > 0) {
                journeys.add(new Journey(g.minutesBefore(), g.milesBefore(), g.grown()));
            }
        }
        return travel(journeys, maxMiles);
    }

    static Impact.Travel after(Displacement displacement, double maxMiles) {
        List<Journey> journeys = new ArrayList<>();
        for (Displacement.Piece p : displacement.pieces) {
            if (p.to() != null && p.minutes() != null && p.grown() > 0) {
                journeys.add(new Journey(p.minutes(), p.miles(), p.grown()));
            }
        }
        return travel(journeys, maxMiles);
    }

    private static Impact.Travel travel(List<Journey> journeys, double maxMiles) {
        journeys.sort(Comparator.comparingDouble(Journey::minutes));
        int children = journeys.stream().mapToInt(Journey::children).sum();
        if (children == 0) {
            return new Impact.Travel(0, null, null, null, 0);
        }
        int over = journeys.stream()
                .filter(j -> j.miles() > maxMiles)
                .mapToInt(Journey::children)
                .sum();
        return new Impact.Travel(
                children,
                nearestRank(journeys, children, 0.5),
                nearestRank(journeys, children, 0.9),
                journeys.get(journeys.size() - 1).minutes(),
                over);
    }

    /** The value at rank ceil(p x n) of the children's journeys in order. */
    private static double nearestRank(List<Journey> sorted, int children, double p) {
        int rank = Math.max(1, (int) Math.ceil(p * children - 1e-9));
        int seen = 0;
        for (Journey j : sorted) {
            seen += j.children();
            if (seen >= rank) {
                return j.minutes();
            }
        }
        return sorted.get(sorted.size() - 1).minutes();
    }
}
