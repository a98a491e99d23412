package org.provisionlens.dashboards.services;

import java.util.List;
import org.provisionlens.dashboards.downloads.Table;

/**
 * The download of the services table as filtered (CSV or XLSX, from the same cells): codes as the run holds them, unknown values as empty cells (never
 * 0), needs and source inputs separated by spaces.
 */
final class ServicesCsv {

    static final List<String> HEADER = List.of(
            "service_id",
            "name",
            "organisation",
            "domain",
            "tier",
            "needs",
            "min_age",
            "max_age",
            "capacity",
            "capacity_unit",
            "current_use",
            "waiting_list",
            "waiting_weeks",
            "funder",
            "in_area",
            "last_reviewed",
            "not_reviewed_in_12_months",
            "merged_from",
            "sources");

    private ServicesCsv() {}

    static Table table(List<ServiceRow> services) {
        Table.Builder table = Table.named("services", HEADER.toArray(String[]::new));
        for (ServiceRow s : services) {
            table.row(
                    s.serviceId(),
                    s.name(),
                    s.organisation(),
                    s.domain(),
                    s.tier(),
                    String.join(" ", s.needs()),
                    s.minAge(),
                    s.maxAge(),
                    s.capacity(),
                    s.capacityUnit(),
                    s.currentUse(),
                    s.waitingList(),
                    s.waitingWeeks(),
                    s.funder(),
                    s.inArea(),
                    s.lastReviewed(),
                    s.reviewOverdue(),
                    s.mergedFrom(),
                    String.join(" ", s.sourceInputs()));
        }
        return table.build();
    }
}
