package org.provisionlens.dashboards.consultation;

import java.util.ArrayList;
import java.util.List;
import org.provisionlens.core.comments.publication.StanceCounts;

/**
 * One category of a breakdown of comments (a respondent type, a channel) as published: a count from 1 to 4 is "fewer
 * than 5"; when exactly one count of the breakdown is that small, the smallest count of 5 or more is withheld too, so
 * that the small one cannot be worked out from the total (as the "You said, we did" report does).
 *
 * @param needsInternet whether the route needs the internet; null when not known or not a route
 */
record CountRow(String code, String label, int count, boolean withheld, Boolean needsInternet) {

    /** The count as the page shows it. */
    public String shown() {
        return withheld ? StanceCounts.WITHHELD : StanceCounts.text(count);
    }

    /** The count in the CSV: the number, or the words that stand for it. */
    Object cell() {
        return withheld || small(count) ? shown() : count;
    }

    /** The bar drawn: none when small or withheld. */
    Integer drawn() {
        return withheld || small(count) ? null : count;
    }

    public String internetText() {
        return needsInternet == null ? "Not known" : needsInternet ? "Yes" : "No";
    }

    static boolean small(int count) {
        return count > 0 && count < StanceCounts.THRESHOLD;
    }

    /** The rows of a breakdown, in the order given, with the complementary count withheld where one is small. */
    static List<CountRow> suppressed(List<CountRow> rows) {
        if (rows.stream().filter(row -> small(row.count())).count() != 1) {
            return List.copyOf(rows);
        }
        CountRow partner = rows.stream()
                .filter(row -> row.count() >= StanceCounts.THRESHOLD)
                .min(java.util.Comparator.comparingInt(CountRow::count))
                .orElse(null);
        List<CountRow> shown = new ArrayList<>();
        for (CountRow row : rows) {
            shown.add(row == partner ? new CountRow(row.code, row.label, row.count, true, row.needsInternet) : row);
        }
        return shown;
    }
}
