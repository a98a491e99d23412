package org.provisionlens.core.sufficiency;

/**
 * When a cell is at risk or insufficient. Configurable per review: a run manifest's optional {@code thresholds} object
 * names any of the four by the names of these components, and each it leaves out keeps its default; the run publishes
 * the values it used.
 *
 * @param atRiskOccupancyPercent occupancy at or above which a cell is at risk (default 95)
 * @param atRiskWaitingWeeks a wait longer than this puts a cell at risk (default 18: the NHS referral-to-treatment
 *     standard)
 * @param insufficientTravelAccess a share of demand within reach below this makes a cell insufficient (default 0.8)
 * @param horizonYears how far ahead the forecast is compared with capacity (default 3)
 */
public record VerdictThresholds(
        double atRiskOccupancyPercent, int atRiskWaitingWeeks, double insufficientTravelAccess, int horizonYears) {

    public VerdictThresholds {
        if (atRiskOccupancyPercent <= 0 || atRiskWaitingWeeks < 0 || horizonYears < 1) {
            throw new IllegalArgumentException("thresholds must be positive");
        }
        if (insufficientTravelAccess < 0 || insufficientTravelAccess > 1) {
            throw new IllegalArgumentException("travel access threshold is a share, 0-1");
        }
    }

    public static VerdictThresholds defaults() {
        return new VerdictThresholds(95, 18, 0.8, 3);
    }
}
