package org.provisionlens.jobs.impact;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.provisionlens.core.reorganisation.ProposalComparison;

/** The impact command's table: one line per proposal (and doing nothing) and scenario, in plain text. */
final class ImpactTable {

    private static final String FORMAT = "%-40s %-8s %9s %6s %12s %6s %9s %10s %5s %10s %10s %11s %6s %7s %18s%n";

    private ImpactTable() {}

    /**
     * @param leftOut per row (same order), the parts of the cost the saving leaves out because the run does not know
     *     them; a saving that leaves anything out is marked *, and each part is listed once under the table with the
     *     lines it concerns
     */
    static void print(PrintStream out, List<ProposalComparison.Row> rows, List<List<String>> leftOut) {
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
                "new place",
                "back",
                "median min",
                "p90 min",
                "over limit",
                "worse",
                "better",
                "net saving a year");
        Map<String, List<String>> notes = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ProposalComparison.Row row = rows.get(i);
            String saving = pounds(row.netSavingPerYear());
            String line = row.proposalId() + " " + row.scenario().name().toLowerCase(Locale.ROOT);
            lines.add(line);
            if (row.netSavingPerYear() != null && !leftOut.get(i).isEmpty()) {
                saving = saving + "*";
                leftOut.get(i)
                        .forEach(part -> notes.computeIfAbsent(part, p -> new ArrayList<>())
                                .add(line));
            }
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
                    row.tookNewPlaces(),
                    row.returnedFromOutOfArea(),
                    minutes(row.medianMinutesAfter()),
                    minutes(row.p90MinutesAfter()),
                    row.overLimitAfter(),
                    row.cellsWorse(),
                    row.cellsBetter(),
                    saving);
        }
        notes.forEach((part, where) -> out.println("* the saving leaves out " + part + " ("
                + (where.size() == lines.size() ? "every line" : String.join(", ", where)) + ")"));
        out.println("affected: children using a changed service today; moved, out of area, unmet, not known (no home"
                + " area, so no journey): where they go at the forecast horizon. new place: children waiting who take"
                + " up places the proposal adds; back: children placed out of area who come back to them. worse, better: sufficiency cells whose"
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
