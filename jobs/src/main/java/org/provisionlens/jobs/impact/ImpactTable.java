package org.provisionlens.jobs.impact;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.provisionlens.core.reorganisation.ProposalComparison;

/** The impact command's table: one line per proposal (and doing nothing) and scenario, in plain text. */
final class ImpactTable {

    private static final String FORMAT = "%-40s %-8s %9s %6s %12s %6s %9s %10s %10s %11s %6s %7s %18s%n";

    private ImpactTable() {}

    static void print(PrintStream out, List<ProposalComparison.Row> rows) {
        out.printf(
                Locale.UK,
                FORMAT,
                "proposal",
                "scenario",
                "affected",
                "moved",
                "out of area",
                "unmet",
                "not known",
                "median min",
                "p90 min",
                "over limit",
                "worse",
                "better",
                "net saving a year");
        for (ProposalComparison.Row row : rows) {
            out.printf(
                    Locale.UK,
                    FORMAT,
                    row.proposalId(),
                    row.scenario().name().toLowerCase(Locale.ROOT),
                    row.affected(),
                    row.moved(),
                    row.outOfArea(),
                    row.unmet(),
                    row.notRoutable(),
                    minutes(row.medianMinutesAfter()),
                    minutes(row.p90MinutesAfter()),
                    row.overLimitAfter(),
                    row.cellsWorse(),
                    row.cellsBetter(),
                    pounds(row.netSavingPerYear()));
        }
        out.println("affected: children using a changed service today; moved, out of area, unmet, not known (no home"
                + " area, so no journey): where they go at the forecast horizon. worse, better: sufficiency cells whose"
                + " verdict gets more or less severe. Journeys are of the affected children after the change, in"
                + " minutes by road (estimated). A net saving of 'no data' rests on a cost the run does not know.");
    }

    static String minutes(Double minutes) {
        return minutes == null ? "-" : String.format(Locale.UK, "%.1f", minutes);
    }

    static String pounds(BigDecimal pounds) {
        if (pounds == null) {
            return "no data";
        }
        BigDecimal whole = pounds.setScale(0, RoundingMode.HALF_UP);
        return (whole.signum() < 0 ? "-£" : "£")
                + String.format(Locale.UK, "%,d", whole.abs().toBigInteger());
    }
}
