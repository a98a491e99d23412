package org.provisionlens.jobs.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Timed steps and the process's peak memory, printed as a table. */
final class Measurements {

    record Step(String name, long rows, double seconds) {
        double rowsPerSecond() {
            return seconds == 0 ? Double.NaN : rows / seconds;
        }
    }

    interface Work {
        long run() throws Exception;
    }

    private final List<Step> steps = new ArrayList<>();
    private final PrintStream out;

    Measurements(PrintStream out) {
        this.out = out;
    }

    long time(String name, Work work) throws Exception {
        out.print(name + " ... ");
        out.flush();
        long start = System.nanoTime();
        long rows = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        steps.add(new Step(name, rows, seconds));
        out.printf(Locale.ROOT, "%,d rows in %.1f s%n", rows, seconds);
        return rows;
    }

    void print() {
        out.println();
        out.printf("%-48s %12s %10s %12s%n", "step", "rows", "seconds", "rows/s");
        for (Step step : steps) {
            out.printf(
                    Locale.ROOT,
                    "%-48s %,12d %10.1f %,12.0f%n",
                    step.name(),
                    step.rows(),
                    step.seconds(),
                    step.rowsPerSecond());
        }
        out.printf(Locale.ROOT, "%nPeak resident memory of this JVM (VmHWM): %s%n", peakResident());
        out.printf(
                Locale.ROOT,
                "Peak Java heap used: %.0f MB; heap limit: %.0f MB; cores: %d%n",
                peakHeap() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6,
                Runtime.getRuntime().availableProcessors());
    }

    static String peakResident() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> line.substring(6).trim())
                    .findFirst()
                    .orElse("not available");
        } catch (IOException e) {
            return "not available";
        }
    }

    static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage.getUsed())
                .sum();
    }
}
