package org.provisionlens.core.reorganisation;

import java.math.BigDecimal;

/**
 * Home-to-school (or service) transport: the longest journey the policy accepts, and what transport costs.
 *
 * @param maxMiles the longest acceptable journey by road, in miles; journeys over it are counted as over the limit
 * @param costPerMile what a mile of provided transport costs, or {@code null} when not known (costs then say "no data")
 * @param journeysPerYear single journeys a year for a child given transport (190 school days x 2 by default)
 * @param source where the cost per mile comes from (shown beside every transport cost)
 */
public record TransportPolicy(double maxMiles, BigDecimal costPerMile, int journeysPerYear, String source) {

    public static final int SCHOOL_JOURNEYS_PER_YEAR = 380;

    private static final double KM_PER_MILE = 1.609344;

    public TransportPolicy {
        if (!(maxMiles > 0) || journeysPerYear <= 0) {
            throw new IllegalArgumentException("a transport policy needs a positive maximum distance and journeys");
        }
        if (costPerMile != null && costPerMile.signum() < 0) {
            throw new IllegalArgumentException("a cost per mile cannot be negative");
        }
        if (costPerMile != null && (source == null || source.isBlank())) {
            throw new IllegalArgumentException("a cost per mile must say where it comes from");
        }
    }

    /**
     * The policy when a review gives none: the longest journey the travel access measure accepts (45 minutes at 30
     * km/h = 22.5 km by road = 13.98 miles), school journeys, and no cost per mile.
     */
    public static TransportPolicy defaults() {
        org.provisionlens.core.access.TravelSettings travel = org.provisionlens.core.access.TravelSettings.defaults();
        double roadKm = travel.maxMinutes() / 60 * travel.speedKmh();
        return new TransportPolicy(
                roadKm / KM_PER_MILE,
                null,
                SCHOOL_JOURNEYS_PER_YEAR,
                "the travel access limit (" + Math.round(travel.maxMinutes()) + " minutes at "
                        + Math.round(travel.speedKmh()) + " km/h); no cost per mile given");
    }

    public TransportPolicy with(Double newMaxMiles, BigDecimal newCostPerMile) {
        return new TransportPolicy(
                newMaxMiles == null ? maxMiles : newMaxMiles,
                newCostPerMile == null ? costPerMile : newCostPerMile,
                journeysPerYear,
                newCostPerMile == null ? source : "the proposal");
    }
}
