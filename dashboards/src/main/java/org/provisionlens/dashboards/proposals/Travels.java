package org.provisionlens.dashboards.proposals;

import java.util.Locale;
import org.provisionlens.core.reorganisation.Impact;

/** Journeys in words and figures: minutes to the nearest whole minute, "Not known" when no journey is known. */
final class Travels {

    private Travels() {}

    static String minutes(Double minutes) {
        return minutes == null ? "Not known" : String.format(Locale.UK, "%.0f min", minutes);
    }

    static String sentence(Impact.Travel travel, Viewer viewer) {
        if (travel == null || travel.children() == 0) {
            return "No journeys of affected children.";
        }
        if (travel.medianMinutes() == null) {
            return "The journeys of " + viewer.count(travel.children()) + " children are not known.";
        }
        return "Of " + viewer.count(travel.children()) + " children, half travel " + minutes(travel.medianMinutes())
                + " or less, 9 in 10 travel " + minutes(travel.p90Minutes()) + " or less, the longest journey is "
                + minutes(travel.maxMinutes()) + "; " + viewer.count(travel.overLimit())
                + " are over the transport policy's limit.";
    }
}
