package org.provisionlens.dashboards.sufficiency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.provisionlens.dashboards.Formats;

/**
 * One kind of specialist provision: its places against the EHC plans placed in it. {@code gap} is plans minus places
 * (negative: spare places); where some capacities are unknown ({@code partial}) the known places are a lower bound, so
 * the gap and occupancy are upper bounds. Unknown places are never shown as zero.
 */
record SufficiencyRow(
        String provisionKind,
        String provisionLabel,
        int displayOrder,
        int settingsInArea,
        int settingsCapacityUnknown,
        int placesKnown,
        String capacityStatus,
        int plansPlaced,
        Integer gap,
        BigDecimal occupancyPct,
        boolean outsideOwnProvision) {

    static final String COMPLETE = "complete";
    static final String PARTIAL = "partial";
    static final String UNKNOWN = "unknown";
    static final String NONE_IN_AREA = "none_in_area";

    public boolean partial() {
        return PARTIAL.equals(capacityStatus);
    }

    public boolean placesUnknown() {
        return UNKNOWN.equals(capacityStatus);
    }

    /** The places a chart may draw: the known places, or null (no bar) when they are unknown. */
    public Integer chartPlaces() {
        return placesUnknown() ? null : placesKnown;
    }

    public String placesText(String laName) {
        return switch (capacityStatus) {
            case COMPLETE -> Formats.count(placesKnown);
            case PARTIAL -> "at least " + Formats.count(placesKnown);
            case NONE_IN_AREA -> "None in " + laName;
            default -> "Unknown";
        };
    }

    /** Why the places are a lower bound, or empty. */
    public String placesNote() {
        if (!partial()) {
            return "";
        }
        return "capacity unknown for " + settingsCapacityUnknown
                + (settingsCapacityUnknown == 1 ? " setting" : " settings");
    }

    public String gapText() {
        if (gap == null || placesUnknown()) {
            return "Unknown";
        }
        int size = Math.abs(gap);
        if (partial()) {
            // Unknown capacities can only add places: the shortfall can only be smaller, the spare places only more.
            return gap > 0 ? "at most " + Formats.count(size) + " short" : "at least " + Formats.count(size) + " spare";
        }
        if (gap > 0) {
            return Formats.count(size) + " short";
        }
        return gap < 0 ? Formats.count(size) + " spare" : "0";
    }

    public String occupancyText() {
        if (occupancyPct == null || placesUnknown()) {
            return "Unknown";
        }
        String pct = occupancyPct.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
        return partial() ? "at most " + pct : pct;
    }

    public String plansText() {
        return Formats.count(plansPlaced);
    }
}
