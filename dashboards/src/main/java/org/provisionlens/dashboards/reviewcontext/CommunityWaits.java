package org.provisionlens.dashboards.reviewcontext;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.ChartValue;
import org.provisionlens.core.charts.SvgCharts;
import org.provisionlens.core.demand.CommunityWait;
import org.provisionlens.core.demand.CommunityWait.AreaType;
import org.provisionlens.core.demand.Therapy;

/**
 * The NHS community health waits a run published: its ICB's, beside England's, in the latest month the ICB reports.
 *
 * @param all every month's waits of the ICB and England, as published
 */
public record CommunityWaits(List<CommunityWait> all) {

    static final String CHART_ID = "nhs-waits-chart";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    public CommunityWaits {
        all = List.copyOf(all);
    }

    public boolean empty() {
        return icbName().isEmpty();
    }

    /** The ICB's name, e.g. "Greater Manchester". */
    public Optional<String> icbName() {
        return all.stream()
                .filter(w -> w.areaType() == AreaType.ICB)
                .map(CommunityWait::area)
                .findFirst();
    }

    /** "NHS Greater Manchester ICB". */
    public String icbTitle() {
        return icbName().map(name -> "NHS " + name + " ICB").orElse("the ICB");
    }

    /** The latest month with figures for the ICB. */
    public Optional<YearMonth> latestMonth() {
        return all.stream()
                .filter(w -> w.areaType() == AreaType.ICB)
                .map(CommunityWait::month)
                .max(Comparator.naturalOrder());
    }

    public String latestMonthText() {
        return latestMonth().map(MONTH::format).orElse("");
    }

    /** The caption of the review page's table of waits. */
    public String caption() {
        return "Waiting lists by therapy, " + latestMonthText();
    }

    /** One row per therapy the ICB reports in the latest month, in the order of {@link Therapy}. */
    public List<WaitRow> latest() {
        Optional<YearMonth> month = latestMonth();
        if (month.isEmpty()) {
            return List.of();
        }
        List<WaitRow> rows = new ArrayList<>();
        for (Therapy therapy : Therapy.values()) {
            Optional<CommunityWait> icb = find(AreaType.ICB, month.get(), therapy);
            if (icb.isPresent()) {
                rows.add(new WaitRow(
                        therapy,
                        icb.get(),
                        find(AreaType.ENGLAND, month.get(), therapy).orElse(null)));
            }
        }
        return rows;
    }

    /** The latest rows of the therapies given, in the order of {@link Therapy}. */
    public List<WaitRow> latest(Set<Therapy> therapies) {
        return latest().stream()
                .filter(row -> therapies.contains(row.therapy()))
                .toList();
    }

    /** The share waiting more than 18 weeks, the ICB's and England's, per therapy: the page's chart. */
    public String chart() {
        List<ChartValue> values = new ArrayList<>();
        String icb = icbName().orElse("ICB");
        for (WaitRow row : latest()) {
            values.add(new ChartValue(icb, row.therapyText(), percent(row.icb())));
            values.add(new ChartValue("England", row.therapyText(), percent(row.england())));
        }
        return SvgCharts.groupedBar(new BarChart(
                CHART_ID,
                "Children waiting more than 18 weeks, " + latestMonthText() + ": " + icbTitle() + " and England",
                "Therapy",
                "% of the waiting list",
                values));
    }

    /** The therapies, in order, that some of the names given provide (by their key words). */
    static Set<Therapy> therapiesOf(List<String> serviceNames) {
        Set<Therapy> therapies = new LinkedHashSet<>();
        serviceNames.forEach(name -> therapies.addAll(Therapy.named(name)));
        return therapies;
    }

    private Optional<CommunityWait> find(AreaType type, YearMonth month, Therapy therapy) {
        return all.stream()
                .filter(w -> w.areaType() == type && w.month().equals(month) && w.therapy() == therapy)
                .findFirst();
    }

    private static Double percent(CommunityWait wait) {
        return wait == null ? null : wait.percentOver18Weeks();
    }
}
