package org.provisionlens.dashboards.health;

/**
 * The sub-ICB location (NHS "place") a run names as its LA, with its ICB and NHS region, and how many sub-ICB
 * locations the run's lookup gives the ICB.
 */
record HealthPlace(
        String subIcbCode,
        String subIcbShortCode,
        String subIcbName,
        String icbCode,
        String icbName,
        String regionName,
        int icbLocations) {}
