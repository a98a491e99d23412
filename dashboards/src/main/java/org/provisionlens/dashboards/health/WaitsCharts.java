package org.provisionlens.dashboards.health;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.ChartValue;
import org.provisionlens.core.charts.SvgCharts;
import org.provisionlens.core.demand.CommunityWait;

/**
 * The two trend charts of the waits page, drawn from exactly the numbers of the trend table, and their one-line
 * summaries: the main area's waiting list each month (waited up to 18 weeks, and longer), and each area's share waiting
 * longer than the 18-week standard.
 */
final class WaitsCharts {

    static final String LIST_ID = "waits-list-chart";
    static final String SHARE_ID = "waits-share-chart";
    static final String UP_TO_18 = "Waited up to 18 weeks";
    static final String OVER_18 = "Waited more than 18 weeks";
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private WaitsCharts() {}

    static String listTitle(WaitsReport report) {
        return "Children waiting for " + lower(report) + " each month, "
                + report.mainArea().label();
    }

    static String shareTitle(WaitsReport report) {
        return "Share of children waiting more than 18 weeks for " + lower(report) + " each month";
    }

    static String listChart(WaitsReport report) {
        List<ChartValue> values = new ArrayList<>();
        for (YearMonth month : report.months()) {
            CommunityWait wait =
                    report.find(report.mainArea(), month, report.therapy()).orElse(null);
            Integer over = wait == null ? null : wait.over18Weeks();
            Integer within = over == null || wait.waiting() == null ? null : wait.waiting() - over;
            values.add(ChartValue.of(UP_TO_18, SHORT.format(month), within));
            values.add(ChartValue.of(OVER_18, SHORT.format(month), over));
        }
        return SvgCharts.stackedBar(new BarChart(LIST_ID, listTitle(report), "Month", "Children waiting", values));
    }

    static String shareChart(WaitsReport report) {
        List<ChartValue> values = new ArrayList<>();
        for (YearMonth month : report.months()) {
            for (WaitArea area : report.areas()) {
                Double percent =
                        new WaitCell(report.find(area, month, report.therapy()).orElse(null)).percent();
                values.add(new ChartValue(area.label(), SHORT.format(month), percent));
            }
        }
        return SvgCharts.groupedBar(
                new BarChart(SHARE_ID, shareTitle(report), "Month", "% waiting more than 18 weeks", values));
    }

    /**
     * "From January 2023 to October 2023 the waiting list of NHS Greater Manchester ICB for speech and language went
     * from 7,000 to 6,647 children; 31.6% of them had waited more than 18 weeks in October 2023 (30.0% in January 2023)."
     */
    static String summary(WaitsReport report) {
        List<YearMonth> months = report.months().stream()
                .filter(m -> report.find(report.mainArea(), m, report.therapy()).isPresent())
                .toList();
        if (months.isEmpty()) {
            return report.mainArea().label() + " reports no waits for " + lower(report) + ".";
        }
        WaitCell first = cell(report, months.get(0));
        WaitCell last = cell(report, months.get(months.size() - 1));
        String lastMonth = WaitsReport.MONTH.format(months.get(months.size() - 1));
        if (months.size() == 1) {
            return "In " + lastMonth + ", " + last.waitingText() + " children waited for " + lower(report) + " in "
                    + report.mainArea().label() + "; " + last.percentText() + " of them more than 18 weeks.";
        }
        String firstMonth = WaitsReport.MONTH.format(months.get(0));
        return "From " + firstMonth + " to " + lastMonth + " the waiting list of "
                + report.mainArea().label()
                + " for " + lower(report) + " went from " + first.waitingText() + " to " + last.waitingText()
                + " children; " + last.percentText() + " of them had waited more than 18 weeks in " + lastMonth + " ("
                + first.percentText() + " in " + firstMonth + ").";
    }

    /** "Speech and language: 31.6% in NHS Greater Manchester ICB, 39.7% in England." for the latest month. */
    static String shareSummary(WaitsReport report) {
        YearMonth month = report.months().isEmpty()
                ? null
                : report.months().get(report.months().size() - 1);
        List<String> parts = new ArrayList<>();
        for (WaitArea area : report.areas()) {
            report.find(area, month, report.therapy())
                    .ifPresent(w -> parts.add(new WaitCell(w).percentText() + " in " + area.label()));
        }
        return month == null
                ? ""
                : "Waiting more than 18 weeks for " + lower(report) + " in " + WaitsReport.MONTH.format(month) + ": "
                        + String.join(", ", parts) + ". Under the 18-week standard no child would.";
    }

    private static WaitCell cell(WaitsReport report, YearMonth month) {
        return new WaitCell(
                report.find(report.mainArea(), month, report.therapy()).orElse(null));
    }

    private static String lower(WaitsReport report) {
        return report.therapy().label().toLowerCase(Locale.UK);
    }
}
