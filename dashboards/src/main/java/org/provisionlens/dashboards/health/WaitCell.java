package org.provisionlens.dashboards.health;

import org.provisionlens.core.demand.CommunityWait;
import org.provisionlens.dashboards.Formats;

/** One area's waits for one therapy in one month as the page writes them; what is not reported says so, never 0. */
record WaitCell(CommunityWait value) {

    static final String NOT_REPORTED = "Not reported";

    public String waitingText() {
        return value == null || value.waiting() == null ? NOT_REPORTED : Formats.count(value.waiting());
    }

    public String over18Text() {
        return value == null || value.over18Weeks() == null ? NOT_REPORTED : Formats.count(value.over18Weeks());
    }

    public String over52Text() {
        return value == null || value.over52Weeks() == null ? NOT_REPORTED : Formats.count(value.over52Weeks());
    }

    public String percentText() {
        Double percent = percent();
        return percent == null ? NOT_REPORTED : Formats.oneDecimal(percent) + "%";
    }

    Double percent() {
        return value == null ? null : value.percentOver18Weeks();
    }
}
