package org.provisionlens.jobs.impact;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.provisionlens.core.csv.CsvFormats;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.Scenario;
import org.provisionlens.core.reorganisation.evidence.EvidencePack;
import org.provisionlens.core.reorganisation.evidence.EvidencePackHtml;

/**
 * What the impact command writes to its folder for each proposal: the evidence pack
 * ({@code <id>-evidence-pack.html}) and the impact tables as CSV, every scenario in one file each:
 * {@code <id>-affected.csv}, {@code <id>-moves.csv}, {@code <id>-cells.csv} (verdicts that change, and every cell
 * whose demand or capacity changes), {@code <id>-summary.csv} (the printed table).
 */
final class ImpactFiles {

    private ImpactFiles() {}

    /** The files written, in order. */
    static List<Path> write(Path folder, Baseline baseline, Proposal proposal, Map<Scenario, Impact> impacts)
            throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        Path pack = folder.resolve(proposal.id() + "-evidence-pack.html");
        Files.writeString(pack, EvidencePackHtml.render(EvidencePack.of(baseline, impacts)), StandardCharsets.UTF_8);
        written.add(pack);
        written.add(csv(folder, proposal, "summary", impacts, ImpactFiles::summary));
        written.add(csv(folder, proposal, "affected", impacts, ImpactFiles::affected));
        written.add(csv(folder, proposal, "moves", impacts, ImpactFiles::moves));
        written.add(csv(folder, proposal, "cells", impacts, ImpactFiles::cells));
        return written;
    }

    private interface Rows {
        void print(CSVPrinter csv, Impact impact, String scenario) throws IOException;
    }

    private static Path csv(Path folder, Proposal proposal, String table, Map<Scenario, Impact> impacts, Rows rows)
            throws IOException {
        Path file = folder.resolve(proposal.id() + "-" + table + ".csv");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = CsvFormats.printer(writer, CsvFormats.FILE)) {
            csv.printRecord(header(table));
            for (Scenario scenario : Scenario.values()) {
                Impact impact = impacts.get(scenario);
                if (impact != null) {
                    rows.print(csv, impact, scenario.name().toLowerCase(Locale.ROOT));
                }
            }
        }
        return file;
    }

    private static List<String> header(String table) {
        return switch (table) {
            case "summary" ->
                List.of(
                        "scenario",
                        "growth",
                        "affected",
                        "moved",
                        "out_of_area",
                        "unmet",
                        "median_minutes_after",
                        "p90_minutes_after",
                        "over_limit",
                        "cells_worse",
                        "cells_better",
                        "net_saving_per_year",
                        "net_saving_five_years");
            case "affected" ->
                List.of(
                        "scenario",
                        "service_id",
                        "service_name",
                        "locality",
                        "need",
                        "age",
                        "support_level",
                        "setting",
                        "children");
            case "moves" ->
                List.of(
                        "scenario",
                        "from_service_id",
                        "to_service_id",
                        "to_service_name",
                        "lsoa_code",
                        "need",
                        "age",
                        "outcome",
                        "children",
                        "minutes_before",
                        "minutes_after",
                        "miles_after");
            default ->
                List.of(
                        "scenario",
                        "area_code",
                        "area_name",
                        "need",
                        "age_band",
                        "domain",
                        "tier",
                        "demand_before",
                        "demand_after",
                        "capacity_before",
                        "capacity_after",
                        "verdict_before",
                        "verdict_after",
                        "reason_after");
        };
    }

    private static void summary(CSVPrinter csv, Impact impact, String scenario) throws IOException {
        ImpactRow row = ImpactRow.of(impact);
        csv.printRecord(
                scenario,
                impact.growth(),
                row.affected(),
                row.moved(),
                row.outOfArea(),
                row.unmet(),
                row.medianMinutes(),
                row.p90Minutes(),
                row.overLimit(),
                row.cellsWorse(),
                row.cellsBetter(),
                row.netSavingPerYear(),
                impact.costs() == null ? null : impact.costs().netSavingFiveYears());
    }

    private static void affected(CSVPrinter csv, Impact impact, String scenario) throws IOException {
        for (Impact.Affected a : impact.affected()) {
            csv.printRecord(
                    scenario,
                    a.serviceId(),
                    CsvFormats.spreadsheetSafe(a.serviceName()),
                    a.localityName(),
                    a.need(),
                    a.age(),
                    a.level(),
                    a.setting(),
                    a.children());
        }
    }

    private static void moves(CSVPrinter csv, Impact impact, String scenario) throws IOException {
        for (Impact.Move m : impact.moves()) {
            csv.printRecord(
                    scenario,
                    m.fromServiceId(),
                    m.toServiceId(),
                    CsvFormats.spreadsheetSafe(m.toServiceName()),
                    m.lsoaCode(),
                    m.need(),
                    m.age(),
                    m.outcome(),
                    m.children(),
                    m.minutesBefore(),
                    m.minutesAfter(),
                    m.milesAfter());
        }
    }

    private static void cells(CSVPrinter csv, Impact impact, String scenario) throws IOException {
        for (Impact.CellChange c : impact.cells()) {
            var key = c.key();
            csv.printRecord(
                    scenario,
                    key.areaCode(),
                    key.areaName(),
                    key.need() == null ? "ALL" : key.need(),
                    key.ageBand() == null ? "ALL" : key.ageBand(),
                    key.domain(),
                    key.tier(),
                    c.demandBefore(),
                    c.demandAfter(),
                    c.capacityBefore(),
                    c.capacityAfter(),
                    c.before().code(),
                    c.after().code(),
                    c.reasonAfter());
        }
    }
}
