package org.provisionlens.dashboards.board;

/**
 * The run's at-risk thresholds the pack judges services by (the manifest's, or the defaults of analytics-core's
 * {@code VerdictThresholds}), and whether the manifest gave each.
 */
record Thresholds(double occupancyPercent, boolean occupancyFromManifest, int waitingWeeks, boolean waitsFromManifest) {

    public String occupancyText() {
        return Labels.number(java.math.BigDecimal.valueOf(occupancyPercent)) + "% full or more"
                + (occupancyFromManifest ? " (from the manifest)" : " (default)");
    }

    public String waitsText() {
        return "waits longer than " + waitingWeeks + " weeks"
                + (waitsFromManifest ? " (from the manifest)" : " (default)");
    }
}
