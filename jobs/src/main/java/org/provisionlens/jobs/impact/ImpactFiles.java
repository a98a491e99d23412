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
import org.provisionlens.core.reorganisation.ImpactFrames;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.ProposalComparison;
import org.provisionlens.core.reorganisation.Scenario;
import org.provisionlens.core.reorganisation.evidence.EvidencePack;
import org.provisionlens.core.reorganisation.evidence.EvidencePackHtml;
import tech.tablesaw.api.Table;

/**
 * What the impact command writes to its folder for each proposal: the evidence pack ({@code <id>-evidence-pack.html}),
 * the comparison with its scenarios side by side ({@code <id>-comparison.csv}), the children affected today
 * ({@code <id>-affected.csv}), and the impact's data frames under each scenario ({@code <id>-<scenario>-cells.csv},
 * {@code -moves.csv}, {@code -costs.csv}, {@code -range.csv}).
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
        written.add(frame(
                folder,
                proposal.id() + "-comparison",
                ImpactFrames.comparison(ProposalComparison.of(List.of(impacts)))));
        written.add(affected(
                folder.resolve(proposal.id() + "-affected.csv"),
                impacts.values().iterator().next()));
        for (Map.Entry<Scenario, Impact> impact : impacts.entrySet()) {
            String prefix = proposal.id() + "-" + impact.getKey().name().toLowerCase(Locale.ROOT) + "-";
            written.add(frame(folder, prefix + "cells", ImpactFrames.cells(impact.getValue())));
            written.add(frame(folder, prefix + "moves", ImpactFrames.moves(impact.getValue())));
            written.add(frame(folder, prefix + "costs", ImpactFrames.costs(impact.getValue())));
            written.add(frame(folder, prefix + "range", ImpactFrames.range(impact.getValue())));
        }
        return written;
    }

    private static Path frame(Path folder, String name, Table table) throws IOException {
        Path file = folder.resolve(name + ".csv");
        table.write().csv(file.toFile());
        return file;
    }

    /** The children using the changed services today (the same under every scenario: they are not grown). */
    private static Path affected(Path file, Impact impact) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = CsvFormats.printer(writer, CsvFormats.FILE)) {
            csv.printRecord(
                    "service_id", "service_name", "locality", "need", "age", "support_level", "setting", "children");
            for (Impact.Affected a : impact.affected()) {
                csv.printRecord(
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
        return file;
    }
}
