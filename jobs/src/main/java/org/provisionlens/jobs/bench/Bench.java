package org.provisionlens.jobs.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.BaselineLoader;
import org.provisionlens.core.reorganisation.ImpactModel;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.Scenario;
import org.provisionlens.db.DatabaseSettings;
import org.provisionlens.db.PlatformDatabase;
import org.provisionlens.jobs.generate.GenerateCommand;
import org.provisionlens.jobs.impact.JdbcPublishedRows;
import org.provisionlens.jobs.impact.ProposalFiles;

/**
 * The benchmark: one entry point, one printed report (markdown), run by {@code mvn -q -pl jobs -am -Pbench -DskipTests
 * package}.
 *
 * <ol>
 *   <li>Runs: the Trafford demo run and national runs on 10%, 50% and 100% of the generated all-England data, each a
 *       child process through the real entry point with its own home and embedded PostgreSQL port (55500 up): wall
 *       seconds, peak resident and heap MB per stage and for the whole run, and the growth from 10% to 100%.
 *   <li>The demand aggregation ({@link DemandAggregation}) on the all-England files in DuckDB and in Spark, warm.
 *   <li>One proposal evaluated in process on the Trafford run's published baseline.
 *   <li>Dashboard latency at 32 concurrent clients against the largest run that published.
 * </ol>
 *
 * <p>Options (system properties): {@code provision-lens.bench.parts} (comma-separated, default all of {@code
 * trafford,national,aggregation,proposal,dashboards}), {@code provision-lens.bench.seconds} (dashboard measuring time,
 * default 30), {@code provision-lens.bench.clients} (default 32), {@code provision-lens.bench.national} (the national
 * sizes, default {@code 10,50,100}), {@code provision-lens.bench.keep} (keep each run's database).
 */
public final class Bench {

    static final int DATABASE_PORT = 55500;
    static final int HTTP_PORT = 18500;
    static final String TRAFFORD = "E08000009";
    static final String ALL_PARTS = "trafford,national,aggregation,proposal,dashboards";
    static final String PROPOSAL = "proposals/trafford-cut-communication-resourced-provision.yaml";

    /** One scenario: its data, and its run (null when skipped, with the reason). */
    record ScenarioRun(
            String name,
            int las,
            long children,
            double inputMb,
            Path home,
            int port,
            ChildRun.Outcome outcome,
            String skipped) {}

    /** Engine, times of its runs, and the result of its last run. */
    record EngineTimes(String engine, List<Double> seconds, DemandAggregation.Result result) {}

    private final Path home;
    private final Set<String> parts;
    private final PrintStream out;
    private final Path work;
    private final List<ScenarioRun> scenarios = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final StringBuilder aggregation = new StringBuilder();
    private final StringBuilder proposal = new StringBuilder();
    private final StringBuilder dashboards = new StringBuilder();

    Bench(Path home, Set<String> parts, PrintStream out) {
        this.home = home;
        this.parts = parts;
        this.out = out;
        this.work = home.resolve("var").resolve("bench").resolve("runs");
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("provision-lens.home", "."))
                .toAbsolutePath()
                .normalize();
        Set<String> parts = new LinkedHashSet<>(Arrays.asList(
                System.getProperty("provision-lens.bench.parts", ALL_PARTS).split(",")));
        Bench bench = new Bench(home, parts, System.out);
        try {
            bench.run();
        } finally {
            String report = bench.report();
            System.out.println();
            System.out.println(report);
            Path file = home.resolve("var").resolve("bench").resolve("bench-results.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report, StandardCharsets.UTF_8);
            System.out.println("(also written to " + file + ")");
        }
    }

    void run() throws Exception {
        Path jar = home.resolve("jobs/target/provision-lens-jobs.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: build it with mvn -o -q -DskipTests package -pl jobs -am");
        }
        Files.createDirectories(work);
        int port = DATABASE_PORT;
        if (parts.contains("trafford")) {
            Path manifest = home.resolve("jobs/demo-data/trafford-review.json");
            Path generated = manifest.resolveSibling("generated");
            scenarios.add(runScenario(
                    "Trafford demo",
                    1,
                    rows(generated.resolve("child_records.csv")),
                    inputMb(generated),
                    jar,
                    "run",
                    manifest,
                    port));
        }
        port++;
        Path england = home.resolve("var").resolve("bench").resolve("england");
        boolean national = nationalCommand();
        if (parts.contains("national")) {
            List<String> all = BenchLas.generatorLas(calibrationData(), "202425");
            List<Object[]> plan = List.of(
                    new Object[] {"national 10%", "england-10", BenchLas.everyNth(all, 10)},
                    new Object[] {"national 50%", "england-50", BenchLas.everyNth(all, 2)},
                    new Object[] {"national 100%", "england", all});
            Set<String> sizes =
                    new LinkedHashSet<>(Arrays.asList(System.getProperty("provision-lens.bench.national", "10,50,100")
                            .split(",")));
            for (Object[] step : plan) {
                String name = (String) step[0];
                if (!sizes.contains(name.replaceAll("\\D", ""))) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                List<String> las = (List<String>) step[2];
                Path data = home.resolve("var").resolve("bench").resolve((String) step[1]);
                if (!national) {
                    scenarios.add(new ScenarioRun(
                            name,
                            las.size(),
                            -1,
                            Double.NaN,
                            null,
                            port++,
                            null,
                            "national command not available: skipped"));
                    continue;
                }
                generate(jar, data, las.size() == all.size() ? List.of() : las);
                scenarios.add(runScenario(
                        name,
                        las.size(),
                        rows(data.resolve("child_records.csv")),
                        inputMb(data),
                        jar,
                        "national",
                        data.resolve("national-manifest.json"),
                        port++));
            }
        }
        if (parts.contains("aggregation")) {
            generate(jar, england, List.of());
            aggregation(england);
        }
        if (parts.contains("proposal")) {
            proposal();
        }
        if (parts.contains("dashboards")) {
            dashboards();
        }
        if (!Boolean.getBoolean("provision-lens.bench.keep")) {
            for (ScenarioRun s : scenarios) {
                if (s.home() != null) {
                    deleteTree(s.home().resolve("var"));
                }
            }
        }
    }

    /** The public data the generator calibrates on when run from the project's folder. */
    private Path calibrationData() {
        Path bundled = home.resolve("jobs").resolve("calibration-data");
        return Files.isDirectory(bundled) ? bundled : GenerateCommand.sharedData();
    }

    /** Whether this build has the national command (the bench runs from the same build as the jar). */
    static boolean nationalCommand() {
        try {
            Class.forName("org.provisionlens.jobs.NationalCli", false, Bench.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Generates the LAs' data into {@code data} once (seed 42, 1% broken rows), all England when {@code las} is empty,
     * through the jar's {@code generate} command.
     */
    private void generate(Path jar, Path data, List<String> las) throws IOException, InterruptedException {
        boolean national = nationalCommand();
        Path marker = data.resolve(national ? "national-manifest.json" : "manifest.json");
        if (Files.exists(marker)) {
            return;
        }
        deleteTree(data);
        Files.createDirectories(data.getParent());
        Path log = data.resolveSibling(data.getFileName() + "-generate.log");
        out.printf(
                "generating %s into %s; log %s ...%n", las.isEmpty() ? "all England" : las.size() + " LAs", data, log);
        out.flush();
        List<String> cmd =
                new ArrayList<>(List.of(ChildRun.javaExecutable(), "-Xmx6g", "-jar", jar.toString(), "generate"));
        cmd.add(las.isEmpty() ? "--all-england" : "--la=" + String.join(",", las));
        cmd.addAll(List.of("--out", data.toString(), "--seed", "42", "--broken-share", "0.01"));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(cmd)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        int exit = process.waitFor();
        if (exit != 0 || !Files.exists(marker)) {
            throw new IllegalStateException("generate into " + data + " failed (exit " + exit + ", no "
                    + marker.getFileName() + "): last lines of " + log + ":\n" + tail(log, 8));
        }
        notes.add(String.format(
                Locale.ROOT,
                "generated %s (%s, seed 42, 1%% broken) in %.0f s",
                home.relativize(data),
                las.isEmpty() ? "all England" : las.size() + " LAs",
                (System.nanoTime() - start) / 1e9));
    }

    private ScenarioRun runScenario(
            String name, int las, long children, double inputMb, Path jar, String command, Path manifest, int port)
            throws IOException, InterruptedException {
        Path runHome = work.resolve(
                name.replace("%", "pc").replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT));
        deleteTree(runHome);
        Files.createDirectories(runHome);
        Path log = runHome.resolve("run.log");
        out.printf("running %s (%s %s) on embedded port %d; log %s ...%n", name, command, manifest, port, log);
        out.flush();
        ChildRun.Outcome outcome = ChildRun.run(jar, command, manifest, runHome, port, log);
        out.printf(
                Locale.ROOT,
                "  exit %d in %.1f s, peak resident %.0f MB%n",
                outcome.exitCode(),
                outcome.wallSeconds(),
                outcome.peakResidentMb());
        if (!outcome.ok()) {
            notes.add(name + " exited with " + outcome.exitCode() + ": last lines of " + log + ":\n" + tail(log, 8));
        }
        return new ScenarioRun(name, las, children, inputMb, runHome, port, outcome, null);
    }

    private void aggregation(Path data) throws Exception {
        Path children = data.resolve("child_records.csv");
        Path services = data.resolve("services.csv");
        int runs = 3;
        out.println("demand aggregation: DuckDB ...");
        EngineTimes duck = times("DuckDB (JDBC)", runs, () -> DemandAggregation.duckDb(children, services));
        out.println("demand aggregation: Spark ...");
        SparkSession spark = SparkSession.builder()
                .appName("provision-lens-bench")
                .master("local[*]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.local.dir", home.resolve("var").resolve("spark").toString())
                .getOrCreate();
        EngineTimes sparkTimes;
        try {
            sparkTimes = times("Spark (local[*])", runs, () -> DemandAggregation.spark(spark, children, services));
        } finally {
            spark.stop();
        }
        boolean same = duck.result().rows().equals(sparkTimes.result().rows());
        aggregation.append("| engine | runs | best s | median s | result |\n|---|---:|---:|---:|---|\n");
        for (EngineTimes e : List.of(duck, sparkTimes)) {
            aggregation.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.2f | %.2f | %s |%n",
                    e.engine(),
                    e.seconds().size(),
                    Percentiles.min(e.seconds()),
                    Percentiles.median(e.seconds()),
                    e.result().summary()));
        }
        aggregation.append(String.format(
                Locale.ROOT,
                "| Spark / DuckDB | | %.1fx | %.1fx | same result rows: %s |%n",
                Percentiles.min(sparkTimes.seconds()) / Percentiles.min(duck.seconds()),
                Percentiles.median(sparkTimes.seconds()) / Percentiles.median(duck.seconds()),
                same ? "yes" : "NO"));
        aggregation.append(String.format(
                Locale.ROOT,
                "%nOn %s (%.0f MB) and %s.%n",
                home.relativize(children),
                mb(children),
                home.relativize(services)));
        if (!same) {
            throw new IllegalStateException("Spark and DuckDB gave different rows: "
                    + duck.result().summary() + " vs " + sparkTimes.result().summary());
        }
    }

    interface Work {
        DemandAggregation.Result run() throws Exception;
    }

    private EngineTimes times(String engine, int runs, Work work) throws Exception {
        List<Double> seconds = new ArrayList<>();
        DemandAggregation.Result result = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = work.run();
            seconds.add((System.nanoTime() - start) / 1e9);
            out.printf(Locale.ROOT, "  %s run %d: %.2f s (%s)%n", engine, i + 1, seconds.get(i), result.summary());
        }
        return new EngineTimes(engine, seconds, result);
    }

    /** The demo's proposal on Trafford's published baseline, evaluated in process (the what-if page's work). */
    private void proposal() throws Exception {
        ScenarioRun trafford = scenarios.stream()
                .filter(s -> s.name().equals("Trafford demo")
                        && s.outcome() != null
                        && s.outcome().ok())
                .findFirst()
                .orElse(null);
        if (trafford == null) {
            proposal.append("skipped: needs the Trafford demo run (part trafford) to have published\n");
            return;
        }
        int warmUp = 5;
        int runs = 20;
        List<Double> central = new ArrayList<>();
        List<Double> three = new ArrayList<>();
        double loadSeconds;
        try (PlatformDatabase database = PlatformDatabase.open(DatabaseSettings.fromEnvironment(
                Map.of(DatabaseSettings.PORT_VARIABLE, Integer.toString(trafford.port())), trafford.home()))) {
            long start = System.nanoTime();
            Baseline baseline = BaselineLoader.load(new JdbcPublishedRows(database.dataSource()), TRAFFORD)
                    .orElseThrow(() -> new IllegalStateException("no published Trafford baseline"));
            loadSeconds = (System.nanoTime() - start) / 1e9;
            Proposal cut = ProposalFiles.read(home.resolve("jobs/demo-data").resolve(PROPOSAL));
            for (int i = 0; i < warmUp; i++) {
                ImpactModel.evaluate(baseline, cut, Scenario.CENTRAL);
            }
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                ImpactModel.evaluate(baseline, cut, Scenario.CENTRAL);
                central.add((System.nanoTime() - t0) / 1e6);
                t0 = System.nanoTime();
                ImpactModel.evaluate(baseline, cut);
                three.add((System.nanoTime() - t0) / 1e6);
            }
        }
        proposal.append("| step | runs | median ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        proposal.append(String.format(
                Locale.ROOT,
                "| load Trafford's published baseline (JDBC, first load) | 1 | %.1f | | |%n",
                loadSeconds * 1000));
        for (Object[] row : List.of(
                new Object[] {"evaluate the demo proposal, central scenario", central},
                new Object[] {"evaluate the demo proposal, all 3 scenarios", three})) {
            @SuppressWarnings("unchecked")
            List<Double> ms = (List<Double>) row[1];
            proposal.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f |%n",
                    row[0],
                    ms.size(),
                    Percentiles.median(ms),
                    Percentiles.nearestRank(ms, 95),
                    Percentiles.max(ms)));
        }
        proposal.append("\nProposal: jobs/demo-data/" + PROPOSAL + ", after " + warmUp + " warm-up evaluations.\n");
    }

    private void dashboards() throws Exception {
        Path jar = home.resolve("dashboards/target/dashboards.jar");
        if (!Files.exists(jar)) {
            dashboards.append("skipped: " + jar + " is missing (build it with mvn -o -q -DskipTests package -pl"
                    + " dashboards -am)\n");
            return;
        }
        ScenarioRun target = scenarios.stream()
                .filter(s -> s.outcome() != null && s.outcome().ok())
                .max(Comparator.comparingLong(ScenarioRun::children))
                .orElse(null);
        if (target == null) {
            dashboards.append("skipped: no run published (parts trafford or national)\n");
            return;
        }
        int clients = Integer.getInteger("provision-lens.bench.clients", 32);
        int seconds = Integer.getInteger("provision-lens.bench.seconds", 30);
        int warmUp = 5;
        Path log = target.home().resolve("dashboards.log");
        out.printf(
                "dashboards on %s's database: %d clients, %d s warm-up, %d s measured; log %s ...%n",
                target.name(), clients, warmUp, seconds, log);
        List<DashboardLatency.PageFigures> figures =
                DashboardLatency.measure(jar, target.home(), target.port(), HTTP_PORT, clients, warmUp, seconds, log);
        dashboards.append("| page | requests | errors | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
        for (DashboardLatency.PageFigures f : figures) {
            dashboards.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %s | %s | %s |%n",
                    f.page(),
                    f.requests(),
                    f.errors(),
                    RunsTable.number(f.p50(), 0),
                    RunsTable.number(f.p95(), 0),
                    RunsTable.number(f.max(), 0)));
        }
        dashboards.append(String.format(
                Locale.ROOT,
                "%nAgainst the database the %s run published into; %d clients signed in as %s (one session each),"
                        + " %d s warm-up, then %d s measured.%n",
                target.name(),
                clients,
                DashboardLatency.USER,
                warmUp,
                seconds));
    }

    /** The whole printed report: the runs table, the growth, then the aggregation, the proposal and the dashboards. */
    String report() {
        StringBuilder r = new StringBuilder();
        r.append("## Runs\n\n");
        r.append(RunsTable.markdown(scenarios));
        r.append('\n').append(RunsTable.growth(scenarios));
        r.append(String.format(
                Locale.ROOT,
                "%nMachine: %d cores, %s. Whole-run wall time is the child process's as the bench measured it (JVM and"
                        + " Spark start included); its peak resident MB is from /usr/bin/time -v (the JVM; the"
                        + " embedded PostgreSQL is a separate process), stage peaks from the run's StageClock.%n",
                Runtime.getRuntime().availableProcessors(),
                load()));
        for (String note : notes) {
            r.append("\n- ").append(note);
        }
        r.append("\n\n## Demand aggregation: Spark and DuckDB on the same files\n\n");
        r.append(aggregation.isEmpty() ? "not run\n" : aggregation);
        r.append("\n## One proposal evaluated in process\n\n");
        r.append(proposal.isEmpty() ? "not run\n" : proposal);
        r.append("\n## Dashboard latency\n\n");
        r.append(dashboards.isEmpty() ? "not run\n" : dashboards);
        return r.toString();
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + f[0] + " " + f[1] + " " + f[2] + " at the end";
        } catch (IOException | RuntimeException e) {
            return "load average unknown";
        }
    }

    static long rows(Path csv) throws IOException {
        try (Stream<String> lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            return lines.count() - 1;
        }
    }

    /** The megabytes of the child records, services and comments files in a folder. */
    static double inputMb(Path folder) {
        return Stream.of("child_records.csv", "services.csv", "comments.csv")
                .map(folder::resolve)
                .filter(Files::exists)
                .mapToDouble(Bench::mb)
                .sum();
    }

    private static double mb(Path file) {
        try {
            return Files.size(file) / 1e6;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
