package org.provisionlens.core.access;

/**
 * How straight-line distance becomes an estimated journey time, and how long a journey may be.
 *
 * @param maxMinutes the longest acceptable journey (default 45 minutes)
 * @param detourFactor road distance per straight-line kilometre (default 1.3)
 * @param speedKmh average door-to-door speed (default 30 km/h, a car or taxi in an urban area at school times)
 */
public record TravelSettings(double maxMinutes, double detourFactor, double speedKmh) {

    public TravelSettings {
        if (maxMinutes <= 0 || detourFactor < 1 || speedKmh <= 0) {
            throw new IllegalArgumentException("minutes and speed must be positive, detour factor at least 1");
        }
    }

    public static TravelSettings defaults() {
        return new TravelSettings(45, 1.3, 30);
    }

    /** Estimated journey minutes for a straight-line distance. */
    public double minutes(double straightLineKm) {
        return straightLineKm * detourFactor / speedKmh * 60;
    }
}
