package org.provisionlens.dashboards.services;

import org.provisionlens.dashboards.Formats;

/** How many services the run holds, from how many listings, and how many were merged from several listings. */
record ServicesSummary(long services, long listings, long merged) {

    /** "6 services from 8 listings; 2 services merged from listings of several sources". */
    public String text() {
        return plural(services, "service") + " from " + plural(listings, "listing") + "; " + plural(merged, "service")
                + " merged from listings of several sources";
    }

    private static String plural(long count, String noun) {
        return Formats.count(count) + " " + noun + (count == 1 ? "" : "s");
    }
}
