package org.provisionlens.dashboards.health;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.provisionlens.core.demand.CommunityWait;
import org.provisionlens.core.demand.CommunityWait.AreaType;
import org.provisionlens.core.demand.Therapy;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.downloads.Table;

/**
 * The NHS children's community waits a run holds (its ICB, England and its provider trusts), for the waits page: the
 * latest month by therapy and area, and one therapy's months side by side.
 *
 * @param therapy the therapy whose trend is shown; {@code null} when the run holds no waits
 */
record WaitsReport(PublishedRun run, List<CommunityWait> all, Therapy therapy) {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** A row of the latest month's table. */
    record LatestRow(Therapy therapy, WaitArea area, WaitCell cell) {}

    /** A month of the trend, with a cell per area in the order of {@link #areas()}. */
    record TrendRow(YearMonth month, List<WaitCell> cells) {

        public String monthText() {
            return MONTH.format(month);
        }
    }

    WaitsReport {
        all = List.copyOf(all);
    }

    /** The therapy asked for when the run holds it, else speech and language, else the first it holds. */
    static WaitsReport of(PublishedRun run, List<CommunityWait> all, String requested) {
        List<Therapy> held = held(all);
        Therapy asked = Therapy.parse(requested == null ? "" : requested)
                .or(() -> Arrays.stream(Therapy.values())
                        .filter(t -> t.name().equalsIgnoreCase(requested))
                        .findFirst())
                .orElse(null);
        Therapy chosen = held.contains(asked)
                ? asked
                : held.contains(Therapy.SPEECH_AND_LANGUAGE)
                        ? Therapy.SPEECH_AND_LANGUAGE
                        : held.stream().findFirst().orElse(null);
        return new WaitsReport(run, all, chosen);
    }

    public boolean empty() {
        return therapy == null;
    }

    public List<Therapy> therapies() {
        return held(all);
    }

    /** Every area the run holds waits for: the ICB, England, the region, the providers. */
    public List<WaitArea> areas() {
        return all.stream().map(WaitArea::of).distinct().sorted(WaitArea.ORDER).toList();
    }

    /** The area the headline figures are for: the ICB, or the first area when the run holds none of the ICB's. */
    public WaitArea mainArea() {
        return areas().get(0);
    }

    /** The latest month the main area reports. */
    public Optional<YearMonth> latestMonth() {
        WaitArea main = mainArea();
        return all.stream().filter(main::holds).map(CommunityWait::month).max(Comparator.naturalOrder());
    }

    public String latestMonthText() {
        return latestMonth().map(MONTH::format).orElse("");
    }

    /** Every therapy (in the order of {@link Therapy}) and area reported in the latest month. */
    public List<LatestRow> latest() {
        List<LatestRow> rows = new ArrayList<>();
        YearMonth month = latestMonth().orElse(null);
        List<WaitArea> areas = areas();
        for (Therapy t : therapies()) {
            for (WaitArea area : areas) {
                find(area, month, t).ifPresent(wait -> rows.add(new LatestRow(t, area, new WaitCell(wait))));
            }
        }
        return rows;
    }

    /** The months any area reports the therapy, in order. */
    public List<YearMonth> months() {
        return all.stream()
                .filter(w -> w.therapy() == therapy)
                .map(CommunityWait::month)
                .distinct()
                .sorted()
                .toList();
    }

    public List<TrendRow> trend() {
        List<WaitArea> areas = areas();
        return months().stream()
                .map(month -> new TrendRow(
                        month,
                        areas.stream()
                                .map(area ->
                                        new WaitCell(find(area, month, therapy).orElse(null)))
                                .toList()))
                .toList();
    }

    /** The therapy's trend as a table: a row per month and area with a row in the data. */
    Table trendTable() {
        Table.Builder table = Table.named(
                "nhs-waits-trend",
                "therapy",
                "month",
                "area_type",
                "area",
                "waiting",
                "waiting_18_to_52_weeks",
                "waiting_over_52_weeks",
                "waiting_over_18_weeks",
                "percent_over_18_weeks");
        for (YearMonth month : months()) {
            for (WaitArea area : areas()) {
                find(area, month, therapy)
                        .ifPresent(w -> table.row(
                                therapy.label(),
                                month.toString(),
                                area.type().name(),
                                area.name(),
                                w.waiting(),
                                w.over18To52Weeks(),
                                w.over52Weeks(),
                                w.over18Weeks(),
                                w.percentOver18Weeks() == null
                                        ? null
                                        : Math.round(w.percentOver18Weeks() * 10) / 10.0));
            }
        }
        return table.build();
    }

    Optional<CommunityWait> find(WaitArea area, YearMonth month, Therapy t) {
        return all.stream()
                .filter(w -> area.holds(w) && w.month().equals(month) && w.therapy() == t)
                .findFirst();
    }

    boolean holdsIcb() {
        return all.stream().anyMatch(w -> w.areaType() == AreaType.ICB);
    }

    private static List<Therapy> held(List<CommunityWait> all) {
        return Arrays.stream(Therapy.values())
                .filter(t -> all.stream().anyMatch(w -> w.therapy() == t))
                .toList();
    }
}
