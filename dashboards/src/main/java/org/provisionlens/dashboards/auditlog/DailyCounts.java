package org.provisionlens.dashboards.auditlog;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.ChartValue;
import org.provisionlens.core.charts.SvgCharts;

/**
 * The count of events of each kind on each day, as the table under the chart shows it and as the chart draws it: the
 * latest {@link #DAYS} days that had events (of the filtered log), oldest first, and the kinds that occur, in the
 * order of {@link AuditKind}.
 */
record DailyCounts(List<AuditKind> kinds, List<Day> days) {

    static final int DAYS = 31;
    static final String TITLE = "Audit events per day, by kind";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy");

    record Day(LocalDate day, List<Long> counts) {

        public String dayText() {
            return SHOWN.format(day);
        }

        public long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }

    static DailyCounts of(List<DayCount> counts) {
        TreeMap<LocalDate, Map<AuditKind, Long>> byDay = new TreeMap<>();
        for (DayCount count : counts) {
            byDay.computeIfAbsent(count.day(), day -> new EnumMap<>(AuditKind.class))
                    .merge(count.kind(), count.count(), Long::sum);
        }
        while (byDay.size() > DAYS) {
            byDay.pollFirstEntry();
        }
        List<AuditKind> kinds = new ArrayList<>();
        for (AuditKind kind : AuditKind.values()) {
            if (byDay.values().stream().anyMatch(day -> day.containsKey(kind))) {
                kinds.add(kind);
            }
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((day, perKind) -> days.add(new Day(
                day, kinds.stream().map(kind -> perKind.getOrDefault(kind, 0L)).toList())));
        return new DailyCounts(List.copyOf(kinds), List.copyOf(days));
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    /** The kinds' counts stacked on one bar per day. */
    String svg() {
        List<ChartValue> values = new ArrayList<>();
        for (Day day : days) {
            for (int i = 0; i < kinds.size(); i++) {
                values.add(ChartValue.of(
                        kinds.get(i).label(),
                        day.dayText(),
                        Math.toIntExact(day.counts().get(i))));
            }
        }
        return SvgCharts.stackedBar(new BarChart("audit-chart", TITLE, "Day", "Events", values));
    }
}
