package org.provisionlens.jobs.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.provisionlens.db.DatabaseSettings;
import org.provisionlens.jobs.exit.ExitCode;
import org.provisionlens.jobs.run.StageClock;

/**
 * One scenario run as a child process through the real entry point ({@code java -Xmx6g -jar
 * provision-lens-jobs.jar run|national <manifest>}), with its own home folder (its embedded PostgreSQL lives in
 * {@code <home>/var/pg}) and port: the wall time of the whole process as the bench sees it, the stage times the run
 * writes, and the process's peak resident memory from {@code /usr/bin/time -v} when there is one.
 */
final class ChildRun {

    static final Path TIME = Path.of("/usr/bin/time");

    /** What a finished child gave. {@code peakResidentMb} and {@code cpuSeconds} are NaN when unknown. */
    record Outcome(
            int exitCode,
            double wallSeconds,
            double peakResidentMb,
            double cpuSeconds,
            List<StageClock.Stage> stages,
            Path log) {

        /** Done, with or without quarantined rows (the generated data has 1% broken rows by design). */
        boolean ok() {
            return exitCode == ExitCode.DONE.code() || exitCode == ExitCode.DONE_WITH_QUARANTINE.code();
        }
    }

    private ChildRun() {}

    static Outcome run(Path jar, String command, Path manifest, Path home, int databasePort, Path log)
            throws IOException, InterruptedException {
        Files.createDirectories(home);
        Path times = home.resolve("stage-times.csv");
        Files.deleteIfExists(times);
        Path timeReport = home.resolve("time-v.txt");
        List<String> cmd = new ArrayList<>();
        boolean timed = Files.isExecutable(TIME);
        if (timed) {
            cmd.addAll(List.of(TIME.toString(), "-v", "-o", timeReport.toString()));
        }
        cmd.addAll(List.of(
                javaExecutable(),
                "-Xmx6g",
                "-Djava.awt.headless=true",
                "-Dprovision-lens.home=" + home,
                "-D" + StageClock.TIMES_PROPERTY + "=" + times,
                "-jar",
                jar.toString(),
                command,
                manifest.toString()));
        ProcessBuilder builder = new ProcessBuilder(cmd)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.remove(DatabaseSettings.URL_VARIABLE);
        env.put(DatabaseSettings.PORT_VARIABLE, Integer.toString(databasePort));
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            throw new IllegalStateException(command + " " + manifest + " ran for more than 30 minutes; see " + log);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        List<StageClock.Stage> stages = Files.exists(times) ? StageTimes.read(times) : List.of();
        double rss = Double.NaN;
        double cpu = Double.NaN;
        if (timed && Files.exists(timeReport)) {
            String report = Files.readString(timeReport, StandardCharsets.UTF_8);
            rss = TimeReport.maxResidentKb(report).orElse(Double.NaN) / 1024.0;
            cpu = TimeReport.cpuSeconds(report).orElse(Double.NaN);
        }
        if (Double.isNaN(rss)) {
            rss = stages.stream()
                    .mapToDouble(StageClock.Stage::peakResidentMb)
                    .max()
                    .orElse(Double.NaN);
        }
        return new Outcome(process.exitValue(), wall, rss, cpu, stages, log);
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The lines of GNU time's verbose report the bench reads. */
    static final class TimeReport {

        private TimeReport() {}

        /** "Maximum resident set size (kbytes): N". */
        static OptionalDouble maxResidentKb(String report) {
            return field(report, "Maximum resident set size (kbytes):");
        }

        /** "User time (seconds)" plus "System time (seconds)". */
        static OptionalDouble cpuSeconds(String report) {
            OptionalDouble user = field(report, "User time (seconds):");
            OptionalDouble system = field(report, "System time (seconds):");
            return user.isPresent() && system.isPresent()
                    ? OptionalDouble.of(user.getAsDouble() + system.getAsDouble())
                    : OptionalDouble.empty();
        }

        private static OptionalDouble field(String report, String label) {
            return report.lines()
                    .map(String::trim)
                    .filter(line -> line.startsWith(label))
                    .map(line -> line.substring(label.length()).trim())
                    .mapToDouble(Double::parseDouble)
                    .findFirst();
        }
    }
}
