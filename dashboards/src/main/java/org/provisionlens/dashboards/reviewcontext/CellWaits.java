package org.provisionlens.dashboards.reviewcontext;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.provisionlens.core.demand.Therapy;

/**
 * The NHS waits a health cell's page shows: those of the therapies its services provide (by their names), and the
 * services and therapies for which the ICB's figures say nothing.
 *
 * @param unmatchedServices services behind the cell whose names name no therapy of the waiting lists
 * @param therapiesWithoutFigures therapies the services provide that the waiting lists do not report for the ICB
 */
public record CellWaits(
        CommunityWaits waits,
        List<WaitRow> rows,
        List<String> unmatchedServices,
        List<String> therapiesWithoutFigures) {

    /** The caption of the cell's table of waits. */
    public String caption() {
        return "Waits for the therapies of this cell's services, " + waits.latestMonthText();
    }

    static CellWaits of(CommunityWaits waits, List<String> serviceNames) {
        Set<Therapy> therapies = CommunityWaits.therapiesOf(serviceNames);
        List<WaitRow> rows = waits.latest(therapies);
        Set<Therapy> shown = rows.stream().map(WaitRow::therapy).collect(Collectors.toSet());
        return new CellWaits(
                waits,
                rows,
                serviceNames.stream()
                        .filter(name -> Therapy.named(name).isEmpty())
                        .toList(),
                therapies.stream()
                        .filter(therapy -> !shown.contains(therapy))
                        .map(Therapy::label)
                        .toList());
    }
}
