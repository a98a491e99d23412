package org.provisionlens.dashboards.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.ChartValue;
import org.provisionlens.core.charts.SvgCharts;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Funder;
import org.provisionlens.dashboards.services.Labels;

/**
 * The yearly amounts given, added up by the service's domain and the funder. A row with no amount is left out of
 * every total (and counted in {@link #rowsWithoutAmount}), never taken as £0.
 *
 * @param funders the funder codes with an amount, in {@link Funder} order
 * @param lines one line per domain with an amount, in {@link Domain} order (not recorded last)
 */
record FundingTotals(List<String> funders, List<Line> lines, long rowsWithoutAmount) {

    static final String CHART_TITLE = "Yearly funding by domain and funder";

    /** One domain: its amount from each funder of {@link #funders} (null where that funder gives none), and total. */
    record Line(String domain, List<BigDecimal> amounts, BigDecimal total) {

        public String domainLabel() {
            return Labels.coded(domain);
        }

        public String totalText() {
            return FundingLine.pounds(total);
        }

        public List<String> amountTexts() {
            return amounts.stream()
                    .map(amount -> amount == null ? "None" : FundingLine.pounds(amount))
                    .toList();
        }
    }

    static FundingTotals of(List<ServiceFunding> services) {
        Map<String, Map<String, BigDecimal>> byDomain = new LinkedHashMap<>();
        List<String> order =
                new ArrayList<>(Arrays.stream(Domain.values()).map(Enum::name).toList());
        order.add(null);
        order.forEach(domain -> byDomain.put(domain, new LinkedHashMap<>()));
        List<String> funders = new ArrayList<>();
        long withoutAmount = 0;
        for (ServiceFunding service : services) {
            for (FundingLine line : service.funders()) {
                if (line.annualAmount() == null) {
                    withoutAmount++;
                    continue;
                }
                byDomain.computeIfAbsent(service.domain(), key -> new LinkedHashMap<>())
                        .merge(line.funder(), line.annualAmount(), BigDecimal::add);
                if (!funders.contains(line.funder())) {
                    funders.add(line.funder());
                }
            }
        }
        List<String> funderOrder =
                Arrays.stream(Funder.values()).map(Enum::name).toList();
        funders.sort(java.util.Comparator.comparingInt(funderOrder::indexOf));
        List<Line> lines = new ArrayList<>();
        byDomain.forEach((domain, amounts) -> {
            if (!amounts.isEmpty()) {
                List<BigDecimal> cells = funders.stream().map(amounts::get).toList();
                lines.add(new Line(domain, cells, sum(cells)));
            }
        });
        return new FundingTotals(List.copyOf(funders), List.copyOf(lines), withoutAmount);
    }

    public List<String> funderLabels() {
        return funders.stream().map(Labels::funder).toList();
    }

    /** Each funder's amount over every domain, in {@link #funders} order. */
    public List<BigDecimal> byFunder() {
        List<BigDecimal> totals = new ArrayList<>();
        for (int i = 0; i < funders.size(); i++) {
            int column = i;
            totals.add(
                    sum(lines.stream().map(line -> line.amounts().get(column)).toList()));
        }
        return totals;
    }

    public List<String> byFunderTexts() {
        return byFunder().stream().map(FundingLine::pounds).toList();
    }

    public String totalText() {
        return FundingLine.pounds(total());
    }

    public BigDecimal total() {
        return sum(byFunder());
    }

    /**
     * "Of £6,430,000 a year with an amount given, Integrated care board funds £4,040,000 (62.8%), ... 2 funding rows
     * give no amount and are not in the totals."
     */
    public String summary() {
        if (funders.isEmpty()) {
            return "No funding row gives an amount, so there are no totals.";
        }
        BigDecimal total = total();
        List<String> parts = new ArrayList<>();
        List<BigDecimal> byFunder = byFunder();
        for (int i = 0; i < funders.size(); i++) {
            BigDecimal amount = byFunder.get(i);
            String percent = total.signum() == 0
                    ? "0.0"
                    : amount.multiply(BigDecimal.valueOf(100))
                            .divide(total, 1, RoundingMode.HALF_UP)
                            .toPlainString();
            parts.add(Labels.funder(funders.get(i)) + " " + FundingLine.pounds(amount) + " (" + percent + "%)");
        }
        String missing = rowsWithoutAmount == 0
                ? ""
                : " " + rowsWithoutAmount + (rowsWithoutAmount == 1 ? " funding row gives" : " funding rows give")
                        + " no amount and " + (rowsWithoutAmount == 1 ? "is" : "are") + " not in the totals.";
        return "Of " + FundingLine.pounds(total) + " a year with an amount given: " + String.join(", ", parts) + "."
                + missing;
    }

    String chartSvg() {
        List<ChartValue> values = new ArrayList<>();
        for (int i = 0; i < funders.size(); i++) {
            for (Line line : lines) {
                BigDecimal amount = line.amounts().get(i);
                values.add(new ChartValue(
                        Labels.funder(funders.get(i)),
                        line.domainLabel(),
                        amount == null ? null : amount.doubleValue()));
            }
        }
        return SvgCharts.stackedBar(new BarChart("funding-chart", CHART_TITLE, "Domain", "Pounds a year", values));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
