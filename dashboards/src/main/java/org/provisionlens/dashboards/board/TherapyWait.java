package org.provisionlens.dashboards.board;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.provisionlens.core.demand.CommunityWait;
import org.provisionlens.core.demand.CommunityWait.AreaType;
import org.provisionlens.core.demand.Therapy;
import org.provisionlens.dashboards.Formats;
import org.provisionlens.dashboards.reviewcontext.WaitRow;

/**
 * One therapy's NHS community waits in the ICB: the latest month's, beside England's that month, and the first month
 * the run holds, for the trend. NHS England's published figures (not children's records), shown as published.
 */
record TherapyWait(Therapy therapy, CommunityWait first, CommunityWait latest, CommunityWait england) {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** A row per therapy the ICB reports in its latest month, the largest share over 18 weeks first. */
    static List<TherapyWait> of(List<CommunityWait> all) {
        Optional<YearMonth> month = all.stream()
                .filter(w -> w.areaType() == AreaType.ICB)
                .map(CommunityWait::month)
                .max(Comparator.naturalOrder());
        List<TherapyWait> rows = new ArrayList<>();
        if (month.isEmpty()) {
            return rows;
        }
        for (Therapy therapy : Therapy.values()) {
            List<CommunityWait> icb = all.stream()
                    .filter(w -> w.areaType() == AreaType.ICB && w.therapy() == therapy)
                    .sorted(Comparator.comparing(CommunityWait::month))
                    .toList();
            Optional<CommunityWait> latest =
                    icb.stream().filter(w -> w.month().equals(month.get())).findFirst();
            if (latest.isPresent()) {
                CommunityWait england = all.stream()
                        .filter(w -> w.areaType() == AreaType.ENGLAND
                                && w.therapy() == therapy
                                && w.month().equals(month.get()))
                        .findFirst()
                        .orElse(null);
                rows.add(new TherapyWait(therapy, icb.get(0), latest.get(), england));
            }
        }
        rows.sort(Comparator.comparing(
                (TherapyWait row) -> row.latest().percentOver18Weeks(),
                Comparator.nullsLast(Comparator.reverseOrder())));
        return rows;
    }

    /** The latest month's row as the review page shows it: counts, shares and the comparison with England. */
    public WaitRow row() {
        return new WaitRow(therapy, latest, england);
    }

    /**
     * "Up from 5,120 in January 2023 (27.1% over 18 weeks) to 6,647 (31.6%)"; "Only October 2023 is held" when the run
     * holds one month.
     */
    public String trendText() {
        if (first.month().equals(latest.month())) {
            return "Only " + MONTH.format(latest.month()) + " is held";
        }
        if (first.waiting() == null || latest.waiting() == null) {
            return "Not reported in " + MONTH.format(first.month()) + " or " + MONTH.format(latest.month());
        }
        int change = latest.waiting() - first.waiting();
        String direction = change > 0 ? "Up" : change < 0 ? "Down" : "Unchanged";
        return direction + " from " + Formats.count(first.waiting()) + " in " + MONTH.format(first.month()) + " ("
                + Labels.percent(first.percentOver18Weeks()) + " over 18 weeks) to "
                + Formats.count(latest.waiting()) + " (" + Labels.percent(latest.percentOver18Weeks()) + ")";
    }
}
