package org.provisionlens.jobs.validate;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.provisionlens.core.csv.CsvFormats;
import org.provisionlens.jobs.ingest.CheckedInput;
import org.provisionlens.jobs.ingest.QuarantineEntry;

/** The reconciliation of every input checked, its top reasons, and the quarantine as a CSV file. */
final class ValidationReport {

    private static final int TOP_REASONS = 3;

    private ValidationReport() {}

    static void print(List<CheckedInput> inputs, PrintStream out) {
        out.printf("%-24s %-26s %10s %10s %12s%n", "input", "format", "read", "accepted", "quarantined");
        for (CheckedInput input : inputs) {
            out.printf(
                    "%-24s %-26s %10d %10d %12d%n",
                    input.spec().name(),
                    input.spec().format(),
                    input.rowsRead(),
                    input.rowsAccepted(),
                    input.rowsQuarantined());
        }
        for (CheckedInput input : inputs) {
            Map<String, Long> reasons = topReasons(input.quarantineEntries());
            if (!reasons.isEmpty()) {
                out.println();
                out.println("Top reasons, " + input.spec().name() + ":");
                reasons.forEach((reason, count) -> out.printf("  %6d  %s%n", count, reason));
            }
        }
    }

    /** The most frequent "field: reason" pairs, most frequent first (ties by text), at most three. */
    static Map<String, Long> topReasons(List<QuarantineEntry> entries) {
        return entries.stream()
                .collect(Collectors.groupingBy(entry -> entry.field() + ": " + entry.reason(), Collectors.counting()))
                .entrySet()
                .stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_REASONS)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** Writes every quarantine entry as CSV: input_name, file, line, pointer, field, value, reason. */
    static long writeQuarantine(List<CheckedInput> inputs, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        long rows = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("input_name,file,line,pointer,field,value,reason\n");
            for (CheckedInput input : inputs) {
                for (QuarantineEntry entry : input.quarantineEntries()) {
                    out.write(String.join(
                            ",",
                            csv(entry.inputName()),
                            csv(entry.file()),
                            entry.line() == null ? "" : entry.line().toString(),
                            csv(entry.pointer()),
                            csv(entry.field()),
                            csv(entry.value()),
                            csv(entry.reason())));
                    out.write('\n');
                    rows++;
                }
            }
        }
        return rows;
    }

    /**
     * A CSV field (Apache Commons CSV, quoted when needed); a leading = + - @ is neutralised so spreadsheets do not run
     * it.
     */
    static String csv(String value) {
        return value == null || value.isEmpty() ? "" : CsvFormats.FILE.format(CsvFormats.spreadsheetSafe(value));
    }
}
