package org.provisionlens.dashboards.board;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A jointly funded service (more than one funder, or a pooled budget) and whether it is under pressure, with why.
 *
 * @param pressures what puts it under pressure against the run's thresholds; empty when nothing does
 */
record JointService(ServiceUse use, List<FundingShare> funders, List<String> pressures) {

    JointService {
        funders = List.copyOf(funders);
        pressures = List.copyOf(pressures);
    }

    static JointService of(ServiceUse use, List<FundingShare> funders, Thresholds thresholds) {
        return new JointService(use, funders, use.pressures(thresholds));
    }

    public boolean underPressure() {
        return !pressures.isEmpty();
    }

    public String name() {
        return use.name();
    }

    public String fundersText() {
        return funders.stream().map(FundingShare::text).collect(Collectors.joining("; "));
    }

    /** The amounts given, summed; "Not given" when no funder gives one. */
    public String totalText() {
        List<BigDecimal> amounts = funders.stream()
                .map(FundingShare::annualAmount)
                .filter(Objects::nonNull)
                .toList();
        if (amounts.isEmpty()) {
            return "Not given";
        }
        String total = FundingShare.pounds(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        return amounts.size() < funders.size() ? "at least " + total : total;
    }

    /** "Under pressure: 97% full (at risk from 95%)", "Not under pressure", "Cannot tell: ...". */
    public String pressureText() {
        if (underPressure()) {
            return "Under pressure: " + String.join("; ", pressures);
        }
        return use.judgeable()
                ? "Not under pressure"
                : "Cannot tell: its listing gives neither its use against its capacity nor its typical wait";
    }
}
