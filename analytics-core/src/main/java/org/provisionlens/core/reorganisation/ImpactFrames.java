package org.provisionlens.core.reorganisation;

import java.math.BigDecimal;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The before and after tables of an impact as Tablesaw data frames, for tables, charts and downloads: the cells that
 * change, where the affected children go, the costs, the range by locality, and proposals compared. Unknown figures
 * are missing values, never zero.
 */
public final class ImpactFrames {

    private ImpactFrames() {}

    /** One row per sufficiency cell whose verdict, forecast demand or capacity changes. */
    public static Table cells(Impact impact) {
        StringColumn area = StringColumn.create("Area");
        StringColumn cell = StringColumn.create("Cell");
        DoubleColumn demandBefore = DoubleColumn.create("Forecast demand before");
        DoubleColumn demandAfter = DoubleColumn.create("Forecast demand after");
        IntColumn capacityBefore = IntColumn.create("Capacity before");
        IntColumn capacityAfter = IntColumn.create("Capacity after");
        StringColumn before = StringColumn.create("Verdict before");
        StringColumn after = StringColumn.create("Verdict after");
        StringColumn reason = StringColumn.create("Reason after");
        for (Impact.CellChange c : impact.cells()) {
            area.append(c.key().areaName());
            cell.append(c.key().label());
            demandBefore.append(c.demandBefore());
            demandAfter.append(c.demandAfter());
            append(capacityBefore, c.capacityBefore());
            append(capacityAfter, c.capacityAfter());
            before.append(c.before().label());
            after.append(c.after().label());
            reason.append(c.reasonAfter());
        }
        return Table.create(
                "Cells before and after",
                area,
                cell,
                demandBefore,
                demandAfter,
                capacityBefore,
                capacityAfter,
                before,
                after,
                reason);
    }

    /** Where the affected children go, at the horizon under the scenario's growth. */
    public static Table moves(Impact impact) {
        StringColumn from = StringColumn.create("From");
        StringColumn to = StringColumn.create("To");
        StringColumn outcome = StringColumn.create("Outcome");
        StringColumn need = StringColumn.create("Need");
        IntColumn age = IntColumn.create("Age");
        IntColumn children = IntColumn.create("Children");
        DoubleColumn before = DoubleColumn.create("Minutes before");
        DoubleColumn after = DoubleColumn.create("Minutes after");
        DoubleColumn miles = DoubleColumn.create("Miles after");
        for (Impact.Move m : impact.moves()) {
            // a waiting child who takes up a new place comes from no service
            from.append(m.fromServiceId() == null ? "" : m.fromServiceId());
            to.append(m.toServiceName() == null ? "" : m.toServiceName());
            outcome.append(m.outcome().name());
            need.append(m.need().name());
            age.append(m.age());
            children.append(m.children());
            append(before, m.minutesBefore());
            append(after, m.minutesAfter());
            append(miles, m.milesAfter());
        }
        return Table.create("Where the children go", from, to, outcome, need, age, children, before, after, miles);
    }

    /**
     * Who is affected, counted today: by changed service, locality, need, age band, support level and setting (home
     * areas smaller than a locality are not shown).
     */
    public static Table affected(Impact impact) {
        record Key(String service, String locality, String need, String band, String level, String setting) {}
        java.util.Map<Key, Integer> counts = new java.util.TreeMap<>(java.util.Comparator.comparing(Key::toString));
        for (Impact.Affected a : impact.affected()) {
            String band = org.provisionlens.core.sufficiency.AgeBand.of(a.age())
                    .map(org.provisionlens.core.sufficiency.AgeBand::label)
                    .orElse("");
            counts.merge(
                    new Key(
                            a.serviceName(),
                            a.localityName(),
                            a.need().name(),
                            band,
                            a.level().name(),
                            a.setting()),
                    a.children(),
                    Integer::sum);
        }
        StringColumn service = StringColumn.create("Service");
        StringColumn locality = StringColumn.create("Locality");
        StringColumn need = StringColumn.create("Need");
        StringColumn band = StringColumn.create("Age band");
        StringColumn level = StringColumn.create("Support level");
        StringColumn setting = StringColumn.create("Setting");
        IntColumn children = IntColumn.create("Children");
        counts.forEach((k, n) -> {
            service.append(k.service());
            locality.append(k.locality());
            need.append(k.need());
            band.append(k.band());
            level.append(k.level());
            setting.append(k.setting());
            children.append(n);
        });
        return Table.create("Who is affected", service, locality, need, band, level, setting, children);
    }

    /** The affected children's journeys before and after (minutes; missing = no journey known). */
    public static Table travel(Impact impact) {
        StringColumn when = StringColumn.create("When");
        IntColumn children = IntColumn.create("Children with a known journey");
        DoubleColumn median = DoubleColumn.create("Median minutes");
        DoubleColumn p90 = DoubleColumn.create("90th percentile minutes");
        DoubleColumn max = DoubleColumn.create("Longest minutes");
        IntColumn over = IntColumn.create("Over the policy's limit");
        List<Impact.Travel> travels = List.of(impact.travelBefore(), impact.travelAfter());
        for (int i = 0; i < 2; i++) {
            Impact.Travel t = travels.get(i);
            when.append(i == 0 ? "Before" : "After");
            children.append(t.children());
            append(median, t.medianMinutes());
            append(p90, t.p90Minutes());
            append(max, t.maxMinutes());
            over.append(t.overLimit());
        }
        return Table.create("Journeys of the affected children", when, children, median, p90, max, over);
    }

    /** Places in specialist settings rated good or outstanding, before and after. */
    public static Table quality(Impact impact) {
        StringColumn when = StringColumn.create("When");
        IntColumn good = IntColumn.create("Places good or outstanding");
        IntColumn rated = IntColumn.create("Places rated");
        IntColumn notRated = IntColumn.create("Places not rated");
        DoubleColumn share = DoubleColumn.create("Share good or outstanding");
        List<Impact.Quality> qualities = List.of(impact.qualityBefore(), impact.qualityAfter());
        for (int i = 0; i < 2; i++) {
            Impact.Quality q = qualities.get(i);
            when.append(i == 0 ? "Before" : "After");
            good.append(q.placesGoodOrOutstanding());
            rated.append(q.placesRated());
            notRated.append(q.placesNotRated());
            append(share, q.share());
        }
        return Table.create("Quality of specialist places", when, good, rated, notRated, share);
    }

    /** What families said about the changed services: published (anonymised) comments by service and theme. */
    public static Table voices(Impact impact) {
        java.util.Map<List<String>, Integer> counts =
                new java.util.TreeMap<>(java.util.Comparator.comparing(Object::toString));
        for (ServiceComment c : impact.voices()) {
            List<String> themes = c.themes().isEmpty() ? List.of("No theme") : c.themes();
            themes.forEach(theme -> counts.merge(List.of(c.serviceId(), theme), 1, Integer::sum));
        }
        StringColumn service = StringColumn.create("Service");
        StringColumn theme = StringColumn.create("Theme");
        IntColumn comments = IntColumn.create("Comments");
        counts.forEach((key, n) -> {
            service.append(key.get(0));
            theme.append(key.get(1));
            comments.append(n);
        });
        return Table.create("What families said", service, theme, comments);
    }

    /** The costs a year before and after, part by part (pounds; missing = no data). */
    public static Table costs(Impact impact) {
        Impact.Costs c = impact.costs();
        StringColumn part = StringColumn.create("Part");
        DoubleColumn before = DoubleColumn.create("Before (£ a year)");
        DoubleColumn after = DoubleColumn.create("After (£ a year)");
        addCost(part, before, after, "Local services", c.servicesBefore(), c.servicesAfter());
        addCost(part, before, after, "Out-of-area placements (extra)", c.outOfAreaBefore(), c.outOfAreaAfter());
        addCost(part, before, after, "Transport of the affected children", c.transportBefore(), c.transportAfter());
        return Table.create("Costs a year", part, before, after);
    }

    /** Need types and age bands served in each locality, before and after, with those lost and gained. */
    public static Table range(Impact impact) {
        StringColumn locality = StringColumn.create("Locality");
        IntColumn before = IntColumn.create("Served before");
        IntColumn after = IntColumn.create("Served after");
        StringColumn lost = StringColumn.create("Lost");
        StringColumn gained = StringColumn.create("Gained");
        for (Impact.LocalityRange r : impact.range()) {
            locality.append(r.localityName());
            before.append(r.before().size());
            after.append(r.after().size());
            lost.append(String.join(", ", r.lost()));
            gained.append(String.join(", ", r.gained()));
        }
        return Table.create("Range by locality", locality, before, after, lost, gained);
    }

    /** One row per proposal and scenario. */
    public static Table comparison(ProposalComparison comparison) {
        StringColumn proposal = StringColumn.create("Proposal");
        StringColumn scenario = StringColumn.create("Scenario");
        List<IntColumn> counts = List.of(
                IntColumn.create("Children affected"),
                IntColumn.create("Moved"),
                IntColumn.create("Stayed"),
                IntColumn.create("Out of area"),
                IntColumn.create("Unmet"),
                IntColumn.create("Home area not known"),
                IntColumn.create("Take up new places"),
                IntColumn.create("Return from out of area"),
                IntColumn.create("Over the travel limit"),
                IntColumn.create("Cells worse"),
                IntColumn.create("Cells better"),
                IntColumn.create("Range lost"),
                IntColumn.create("Range gained"));
        DoubleColumn median = DoubleColumn.create("Median minutes after");
        DoubleColumn p90 = DoubleColumn.create("90th percentile minutes after");
        DoubleColumn saving = DoubleColumn.create("Net saving a year (£)");
        DoubleColumn quality = DoubleColumn.create("Places good or outstanding after");
        for (ProposalComparison.Row r : comparison.rows()) {
            proposal.append(r.proposalName());
            scenario.append(r.scenario().name());
            int[] values = {
                r.affected(),
                r.moved(),
                r.stayed(),
                r.outOfArea(),
                r.unmet(),
                r.notRoutable(),
                r.tookNewPlaces(),
                r.returnedFromOutOfArea(),
                r.overLimitAfter(),
                r.cellsWorse(),
                r.cellsBetter(),
                r.rangeLost(),
                r.rangeGained()
            };
            for (int i = 0; i < values.length; i++) {
                counts.get(i).append(values[i]);
            }
            append(median, r.medianMinutesAfter());
            append(p90, r.p90MinutesAfter());
            append(
                    saving,
                    r.netSavingPerYear() == null ? null : r.netSavingPerYear().doubleValue());
            append(quality, r.qualityShareAfter());
        }
        Table table = Table.create("Proposals compared", proposal, scenario);
        counts.forEach(table::addColumns);
        return table.addColumns(median, p90, saving, quality);
    }

    private static void addCost(
            StringColumn part, DoubleColumn before, DoubleColumn after, String name, BigDecimal b, BigDecimal a) {
        part.append(name);
        append(before, b == null ? null : b.doubleValue());
        append(after, a == null ? null : a.doubleValue());
    }

    private static void append(DoubleColumn column, Double value) {
        if (value == null) {
            column.appendMissing();
        } else {
            column.append(value);
        }
    }

    private static void append(IntColumn column, Integer value) {
        if (value == null) {
            column.appendMissing();
        } else {
            column.append(value);
        }
    }
}
