package org.provisionlens.dashboards.proposals;

import java.util.Locale;
import org.provisionlens.core.reorganisation.Impact;

/** The share of rated places that Ofsted rated good or outstanding, in words. */
final class Quality {

    private Quality() {}

    static String share(Impact.Quality quality) {
        return percent(quality == null ? null : quality.share());
    }

    static String percent(Double share) {
        return share == null ? "No rated places" : String.format(Locale.UK, "%.0f%%", share * 100);
    }

    static String sentence(Impact.Quality quality) {
        if (quality == null || quality.placesRated() == 0) {
            return "No places have an Ofsted rating.";
        }
        return share(quality) + " of " + quality.placesRated() + " rated places (" + quality.placesGoodOrOutstanding()
                + ") are good or outstanding; " + quality.placesNotRated() + " places have no rating.";
    }
}
