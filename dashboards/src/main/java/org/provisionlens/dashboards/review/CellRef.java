package org.provisionlens.dashboards.review;

import java.util.Objects;

/** The key of a cell within a run: area x need x age band x domain x tier. */
record CellRef(String area, String need, String age, String domain, String tier) {

    CellRef {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(tier, "tier");
    }

    /** The same cell's key in the heat map of one filter: area and need. */
    public String areaNeed() {
        return area + "|" + need;
    }
}
