package org.provisionlens.dashboards.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.provisionlens.dashboards.services.Labels;

/**
 * A service with its funders. It is jointly funded when it has more than one funder or is funded JOINT (a pooled
 * budget), as migration V13 defines it.
 *
 * @param domain the service's domain code (EDUCATION, HEALTH, ...), or {@code null} when its listing gives none
 */
record ServiceFunding(String serviceId, String name, String domain, List<FundingLine> funders) {

    ServiceFunding {
        funders = List.copyOf(funders);
    }

    public boolean joint() {
        return funders.size() > 1 || funders.stream().anyMatch(line -> "JOINT".equals(line.funder()));
    }

    public String domainLabel() {
        return Labels.coded(domain);
    }

    /** The amounts given, added up; {@code null} when no funder's amount is given. */
    public BigDecimal knownAmount() {
        return funders.stream()
                .map(FundingLine::annualAmount)
                .filter(Objects::nonNull)
                .reduce(BigDecimal::add)
                .orElse(null);
    }

    /** "£3,000,000", "£200,000 (not every funder's amount is given)" or "Not given". */
    public String amountText() {
        BigDecimal known = knownAmount();
        boolean partial = known != null && funders.stream().anyMatch(line -> line.annualAmount() == null);
        return FundingLine.pounds(known) + (partial ? " (not every funder's amount is given)" : "");
    }

    /** "Integrated care board 80%, Local authority 20%". */
    public String sharesText() {
        return funders.stream()
                .map(line -> line.funderLabel() + " " + line.shareText())
                .collect(Collectors.joining(", "));
    }

    /** The arrangements named, in funder order, without repeats. */
    public String arrangementsText() {
        return funders.stream()
                .map(FundingLine::arrangement)
                .filter(Objects::nonNull)
                .distinct()
                .collect(Collectors.joining("; "));
    }
}
