package org.provisionlens.dashboards.funding;

import java.util.List;
import org.provisionlens.dashboards.PublishedRun;

/**
 * Who funds what in a published run.
 *
 * @param services the services with at least one funding row, by name
 * @param servicesInRun every service the run lists (those without funding rows are funded as their listing says)
 */
record FundingReport(PublishedRun run, List<ServiceFunding> services, int servicesInRun) {

    FundingReport {
        services = List.copyOf(services);
    }

    public List<ServiceFunding> jointlyFunded() {
        return services.stream().filter(ServiceFunding::joint).toList();
    }

    public FundingTotals totals() {
        return FundingTotals.of(services);
    }

    /** "4 of the run's 5 services have funding rows ...; 1 service without is funded as its listing says ...". */
    public String coverageText() {
        int without = servicesInRun - services.size();
        return services.size() + " of the run's " + servicesInRun + " services have funding rows (the run's service"
                + " funding file). " + without + (without == 1 ? " service has" : " services have") + " none: funded"
                + " as the listing's single funder says, with no share or amount, and not in the totals.";
    }
}
