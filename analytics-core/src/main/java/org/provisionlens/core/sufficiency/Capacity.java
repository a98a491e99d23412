package org.provisionlens.core.sufficiency;

/**
 * The places of one kind of provision in an area.
 *
 * @param settings settings of this kind in the area
 * @param settingsWithUnknownPlaces those whose places the data does not give
 * @param knownPlaces the sum of the places the data gives
 */
public record Capacity(int settings, int settingsWithUnknownPlaces, int knownPlaces) {

    public Capacity {
        if (settings < 0 || settingsWithUnknownPlaces < 0 || knownPlaces < 0) {
            throw new IllegalArgumentException("capacity counts cannot be negative");
        }
        if (settingsWithUnknownPlaces > settings) {
            throw new IllegalArgumentException(
                    settingsWithUnknownPlaces + " settings with unknown places, but only " + settings + " settings");
        }
    }

    public CapacityStatus status() {
        if (settings == 0) {
            return CapacityStatus.NONE_IN_AREA;
        }
        if (settingsWithUnknownPlaces == 0) {
            return CapacityStatus.COMPLETE;
        }
        return settingsWithUnknownPlaces == settings ? CapacityStatus.UNKNOWN : CapacityStatus.PARTIAL;
    }

    /** Adds one setting whose places are {@code places}, or unknown when {@code null}. */
    public Capacity with(Integer places) {
        return places == null
                ? new Capacity(settings + 1, settingsWithUnknownPlaces + 1, knownPlaces)
                : new Capacity(settings + 1, settingsWithUnknownPlaces, knownPlaces + places);
    }

    public static Capacity none() {
        return new Capacity(0, 0, 0);
    }
}
