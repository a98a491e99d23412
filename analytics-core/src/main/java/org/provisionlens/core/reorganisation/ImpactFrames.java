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
            from.append(m.fromServiceId());
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
