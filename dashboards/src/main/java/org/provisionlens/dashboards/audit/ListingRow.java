package org.provisionlens.dashboards.audit;

import java.util.List;

/**
 * One listing against the Open Referral UK fields: its score (share of the 12 fields given), the fields it misses
 * (their labels, required ones first), how many of those are required, and whether it gives a phone number or a postal
 * address.
 */
record ListingRow(
        String serviceId, String name, int score, List<String> missing, int requiredMissing, boolean offlineRoute) {

    ListingRow {
        missing = List.copyOf(missing);
    }

    public String nameText() {
        return name == null ? serviceId : name;
    }

    public String missingText() {
        return missing.isEmpty() ? "nothing" : String.join(", ", missing);
    }
}
