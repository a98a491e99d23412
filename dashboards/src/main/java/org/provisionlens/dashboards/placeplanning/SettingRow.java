package org.provisionlens.dashboards.placeplanning;

import org.provisionlens.dashboards.Formats;

/** A service counted as a setting of a SCAP type, with its places ({@code null}: unknown). */
record SettingRow(String serviceId, String scapType, String typeLabel, String name, Integer places, boolean inArea) {

    public String placesText() {
        return places == null ? "Unknown" : Formats.count(places);
    }
}
