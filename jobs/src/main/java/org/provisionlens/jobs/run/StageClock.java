package org.provisionlens.jobs.run;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stages of a run on the terminal (a progress bar, one line per stage, with elapsed time) and, for each stage, its
 * wall time and the process's peak memory while it ran: the peak resident set (Linux's VmHWM, reset at the start of
 * each stage through {@code /proc/self/clear_refs}) and the peak Java heap. When the system property
 * {@value #TIMES_PROPERTY} names a file, the stages are written there as CSV when the run finishes (the benchmark
 * reads it).
 */
public final class StageClock {

    /** The system property naming a CSV file the stage times are written to. */
    public static final String TIMES_PROPERTY = "provision-lens.stage-times";

    /** One finished stage: its name, wall seconds, and peak resident and heap megabytes while it ran. */
    public record Stage(String name, double seconds, double peakResidentMb, double peakHeapMb) {}

    private final PrintStream out;
    private final int stages;
    private final long start = System.nanoTime();
    private final List<Stage> finished = new ArrayList<>();
    private String current;
    private long currentStart;
    private int done;

    public StageClock(PrintStream out, int stages) {
        this.out = out;
        this.stages = stages;
    }

    /** Ends the stage running (if any) and starts {@code name}; {@code detail} is shown beside it on the bar. */
    public void stage(String name, String detail) {
        end();
        current = name;
        currentStart = System.nanoTime();
        resetPeaks();
        done++;
        int width = 20;
        int filled = Math.min(width, done * width / stages);
        out.printf(
                Locale.ROOT,
                "[%s%s] %d/%d %-48s %3ds%n",
                "#".repeat(filled),
                ".".repeat(width - filled),
                done,
                stages,
                name + (detail == null || detail.isBlank() ? "" : ": " + detail),
                (System.nanoTime() - start) / 1_000_000_000L);
        out.flush();
    }

    /** Ends the stage running, prints a line saying so and writes the stage times when asked to. */
    public void finish(String message) {
        end();
        out.printf(Locale.ROOT, "%s in %.1f s%n", message, (System.nanoTime() - start) / 1e9);
        out.flush();
        String file = System.getProperty(TIMES_PROPERTY);
        if (file != null && !file.isBlank()) {
            write(Path.of(file));
        }
    }

    /** The stages finished so far, in order. */
    public List<Stage> stages() {
        return List.copyOf(finished);
    }

    /** The stages as CSV: {@code stage,seconds,peak_resident_mb,peak_heap_mb}. */
    public void write(Path file) {
        StringBuilder csv = new StringBuilder("stage,seconds,peak_resident_mb,peak_heap_mb\n");
        for (Stage stage : finished) {
            csv.append(String.format(
                    Locale.ROOT,
                    "%s,%.3f,%.1f,%.1f%n",
                    stage.name(),
                    stage.seconds(),
                    stage.peakResidentMb(),
                    stage.peakHeapMb()));
        }
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println("warning: could not write the stage times to " + file + ": " + e.getMessage());
        }
    }

    private void end() {
        if (current != null) {
            finished.add(new Stage(
                    current, (System.nanoTime() - currentStart) / 1e9, peakResidentKb() / 1024.0, peakHeap() / 1e6));
            current = null;
        }
    }

    private static void resetPeaks() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: the resident peak is then the process's peak so far
        }
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The process's peak resident set since the last reset, in kB (-1 when the system does not say). */
    static long peakResidentKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> line.substring(6).replace("kB", "").trim())
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
