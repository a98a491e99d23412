package org.provisionlens.jobs.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.provisionlens.db.DatabaseSettings;
import org.provisionlens.jobs.ProvisionLensJobs;

/**
 * {@code provision-lens-jobs run <manifest>} through the jobs' real entry point ({@link ProvisionLensJobs#main}) in a
 * JVM of its own, on the test classpath, against a given PostgreSQL (the {@code PROVISION_LENS_DB_URL} option a user
 * sets). Its connections carry an application name, so the test can see its sessions in {@code pg_stat_activity}.
 */
final class JobProcess {

    /** A stage line of the run's progress bar ({@code StageClock}): {@code [####....] 2/5 conform: ...  4s}. */
    private static final Pattern STAGE = Pattern.compile("(?m)^\\[[#.]+] \\d/\\d ([a-z]+)");

    /** Every process started, so a failing test leaves none behind ({@link #killAll()}). */
    private static final List<Process> STARTED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final Process process;
    private final long startedNanos;
    private final Path stdout;
    private final Path stderr;
    private final String applicationName;

    private JobProcess(Process process, long startedNanos, Path stdout, Path stderr, String applicationName) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.stdout = stdout;
        this.stderr = stderr;
        this.applicationName = applicationName;
    }

    /** Starts the run of {@code manifest} against the database at {@code jdbcUrl}; its output goes to files. */
    static JobProcess run(Path manifest, String jdbcUrl, Path folder, String name) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Spark's module openings, as surefire gave them to this JVM
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("--add-opens") || argument.startsWith("-Dio.netty"))
                .forEach(command::add);
        command.addAll(List.of(
                "-Xmx1g",
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-Dprovision-lens.home=" + folder,
                "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                ProvisionLensJobs.class.getName(),
                "run",
                manifest.toString()));
        String applicationName = "faults-" + name;
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment()
                .put(
                        DatabaseSettings.URL_VARIABLE,
                        jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "ApplicationName=" + applicationName);
        builder.environment().put(DatabaseSettings.USER_VARIABLE, "postgres");
        builder.environment().put(DatabaseSettings.PASSWORD_VARIABLE, "");
        Path stdout = folder.resolve(name + ".out");
        Path stderr = folder.resolve(name + ".err");
        builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        try {
            long started = System.nanoTime();
            Process process = builder.start();
            STARTED.add(process);
            return new JobProcess(process, started, stdout, stderr, applicationName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills (SIGKILL) every process started here that is still alive, and waits for each to end. */
    static void killAll() throws InterruptedException {
        for (Process process : STARTED) {
            process.destroyForcibly();
            process.waitFor();
        }
        STARTED.clear();
    }

    /** The application name its database sessions carry. */
    String applicationName() {
        return applicationName;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Seconds since the process was started. */
    double seconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /**
     * SIGKILL: {@link Process#destroyForcibly()} is SIGKILL on Linux (the JDK's {@code ProcessHandleImpl.destroy0} with
     * force), so no shutdown hook, no finally block and no rollback runs; the database sees the connections drop.
     */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The exit status; 128 + 9 = 137 after a SIGKILL. */
    int exitStatus(int timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            kill();
            throw new AssertionError("the run did not finish in " + timeoutSeconds + " s:\n" + output());
        }
        return process.exitValue();
    }

    /** The last stage the progress bar printed ("ingest" .. "publish"), or "" before the first. */
    String lastPrintedStage() {
        List<String> stages = printedStages();
        return stages.isEmpty() ? "" : stages.get(stages.size() - 1);
    }

    /** The stages the progress bar has printed so far, in order. */
    List<String> printedStages() {
        Matcher stages = STAGE.matcher(stdout());
        List<String> printed = new ArrayList<>();
        while (stages.find()) {
            printed.add(stages.group(1));
        }
        return printed;
    }

    String stdout() {
        return read(stdout);
    }

    String stderr() {
        return read(stderr);
    }

    String output() {
        return stdout() + "\n" + stderr();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The three inputs a run needs (the demo's Trafford schools, plans and population), under a name. */
    static Path manifest(Path folder, String name) throws IOException {
        Path demo = Path.of("demo-data").toAbsolutePath();
        return Files.writeString(
                folder.resolve(name + ".json"),
                """
                {
                  "name": "%s",
                  "localAuthority": "%s",
                  "timePeriod": "202425",
                  "inputs": {
                    "schools": {"format": "trafford-schools-csv", "path": "%s"},
                    "ehcPlansByNeedAndSetting": {"format": "dfe-ehc-plan-needs-csv", "path": "%s"},
                    "population": {"format": "ons-lsoa-population-csv", "path": "%s"}
                  }
                }
                """.formatted(
                                name,
                                "E08000009",
                                demo.resolve("trafford/trafford_schools_and_colleges.csv"),
                                demo.resolve("dfe/sen_needs_all_plans_trafford.csv"),
                                demo.resolve("trafford/mid-year_2024_population_estimates_lsoa.csv")),
                StandardCharsets.UTF_8);
    }
}
