package org.provisionlens.dashboards.reviewcontext;

import java.util.Locale;
import org.provisionlens.core.demand.CommunityWait;
import org.provisionlens.core.demand.Therapy;
import org.provisionlens.dashboards.Formats;

/**
 * One therapy's waits in the latest month: the ICB's, beside England's. Either may be missing (null) or not report a
 * count; what is not reported is shown so, never as 0.
 */
public record WaitRow(Therapy therapy, CommunityWait icb, CommunityWait england) {

    static final String NOT_REPORTED = "Not reported";

    public String therapyText() {
        return therapy.label();
    }

    public String waitingText() {
        return icb == null || icb.waiting() == null ? NOT_REPORTED : Formats.count(icb.waiting());
    }

    public String over18Text() {
        return icb == null || icb.over18Weeks() == null ? NOT_REPORTED : Formats.count(icb.over18Weeks());
    }

    public String over52Text() {
        return icb == null || icb.over52Weeks() == null ? NOT_REPORTED : Formats.count(icb.over52Weeks());
    }

    public String icbPercentText() {
        return percent(icb);
    }

    public String englandPercentText() {
        return percent(england);
    }

    /** The ICB's share over 18 weeks against England's: "8.1 points below England", "4.2 points above England". */
    public String comparisonText() {
        Double here = icb == null ? null : icb.percentOver18Weeks();
        Double there = england == null ? null : england.percentOver18Weeks();
        if (here == null || there == null) {
            return "Cannot be compared";
        }
        double points = Math.round((here - there) * 10) / 10.0;
        if (points == 0) {
            return "The same as England";
        }
        return String.format(Locale.UK, "%.1f points %s England", Math.abs(points), points < 0 ? "below" : "above");
    }

    private static String percent(CommunityWait wait) {
        Double percent = wait == null ? null : wait.percentOver18Weeks();
        return percent == null ? NOT_REPORTED : Formats.oneDecimal(percent) + "%";
    }
}
