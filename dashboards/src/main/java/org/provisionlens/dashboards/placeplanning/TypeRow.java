package org.provisionlens.dashboards.placeplanning;

import org.provisionlens.dashboards.Formats;

/**
 * One SCAP provision type of a run: its places in the area (known places, and how many settings' places are unknown),
 * the places of settings outside the area the listing names, and its pupils at the census from the child records and
 * from DfE SEN2 ({@code null}: the run has no SEN2 count, or DfE suppresses it).
 */
record TypeRow(
        String scapType,
        String label,
        int censusYear,
        int settingsInArea,
        int settingsPlacesUnknown,
        int placesKnown,
        String capacityStatus,
        int settingsOutOfArea,
        int outOfAreaPlacesUnknown,
        int outOfAreaPlacesKnown,
        int pupilsAllAges,
        int pupilsOutsideYearGroups,
        Integer dfePupilsAllAges) {

    static final String COMPLETE = "complete";
    static final String PARTIAL = "partial";
    static final String NONE_IN_AREA = "none_in_area";

    /** "465", "at least 154" (some settings' places unknown), "Unknown" (none known), "None in the area". */
    public String placesText() {
        return switch (capacityStatus) {
            case COMPLETE -> Formats.count(placesKnown);
            case PARTIAL -> "at least " + Formats.count(placesKnown);
            case NONE_IN_AREA -> "None in the area";
            default -> "Unknown";
        };
    }

    /** The places the area's settings are known to have, or {@code null} when none is known. */
    public Integer knownPlaces() {
        return COMPLETE.equals(capacityStatus) || PARTIAL.equals(capacityStatus)
                ? Integer.valueOf(placesKnown)
                : NONE_IN_AREA.equals(capacityStatus) ? Integer.valueOf(0) : null;
    }

    public String outOfAreaText() {
        if (settingsOutOfArea == 0) {
            return "None listed";
        }
        if (outOfAreaPlacesUnknown == settingsOutOfArea) {
            return "Unknown";
        }
        return (outOfAreaPlacesUnknown > 0 ? "at least " : "") + Formats.count(outOfAreaPlacesKnown);
    }

    /** Pupils of any age at the census, and DfE's count beside it. */
    public String allAgesText() {
        return Formats.count(pupilsAllAges) + " (DfE SEN2: "
                + (dfePupilsAllAges == null ? "not available" : Formats.count(dfePupilsAllAges)) + ")";
    }

    /**
     * The area's places minus the pupils of a year, rounded: exact when every setting's places are known; a lower
     * bound ("at least") when some are unknown (they can only add places); "Unknown" when none are known.
     */
    public String spareText(double pupils) {
        long needed = Math.round(pupils);
        return switch (capacityStatus) {
            case COMPLETE -> signed(placesKnown - needed);
            case PARTIAL -> "at least " + signed(placesKnown - needed);
            case NONE_IN_AREA -> signed(-needed);
            default -> "Unknown";
        };
    }

    private static String signed(long spare) {
        if (spare > 0) {
            return Formats.count(spare) + " spare";
        }
        return spare < 0 ? Formats.count(-spare) + " short" : "0";
    }
}
