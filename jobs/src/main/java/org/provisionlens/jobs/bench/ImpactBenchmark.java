package org.provisionlens.jobs.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.BaselineLoader;
import org.provisionlens.core.reorganisation.ImpactModel;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.Scenario;
import org.provisionlens.db.DatabaseSettings;
import org.provisionlens.db.PlatformDatabase;
import org.provisionlens.jobs.impact.JdbcPublishedRows;
import org.provisionlens.jobs.impact.ProposalFiles;
import org.provisionlens.jobs.manifest.RunManifest;
import org.provisionlens.jobs.run.ReviewRun;
import org.provisionlens.jobs.run.RunOutcome;
import org.provisionlens.jobs.run.SparkSessions;

/**
 * The impact model in process, as the dashboards' what-if runs it: Trafford's demo run published into a fresh embedded
 * PostgreSQL, its baseline loaded (median of {@value #LOADS}), the demo's proposal evaluated (median of {@value #RUNS}
 * after {@value #WARM_UP} warm-up runs); then one proposal per LA over the national generated data (each LA's largest
 * specialist setting cut by 20%, {@link NationalBaselines}). Prints one table.
 */
public final class ImpactBenchmark {

    static final int LOADS = 10;
    static final int WARM_UP = 5;
    static final int RUNS = 20;

    private ImpactBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("provision-lens.home", "."))
                .toAbsolutePath()
                .normalize();
        Path manifest = Path.of(System.getProperty(
                "provision-lens.demo-manifest",
                home.resolve("jobs/demo-data/trafford-review.json").toString()));
        Timings table = new Timings();
        Measurements measurements = new Measurements(System.out);
        SparkSession spark = SparkSessions.forRun(home);
        Path folder = Files.createTempDirectory("impact-bench-pg");
        try (PlatformDatabase database = PlatformDatabase.open(DatabaseSettings.embeddedIn(folder))) {
            RunOutcome demo = new ReviewRun(
                            spark,
                            database.dataSource(),
                            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                    .run(RunManifest.read(manifest));
            if (demo.runId() == null || demo.exitStatus() != RunOutcome.PUBLISHED) {
                throw new IllegalStateException("the demo run did not publish: " + demo.message());
            }
            JdbcPublishedRows rows = new JdbcPublishedRows(database.dataSource());
            Baseline[] trafford = {null};
            table.repeat(
                    "load Trafford's baseline (published demo run, JDBC)",
                    LOADS,
                    () -> trafford[0] = BaselineLoader.load(rows, "E08000009").orElseThrow());
            Proposal proposal = ProposalFiles.read(
                    manifest.resolveSibling("proposals/trafford-cut-communication-resourced-provision.yaml"));
            for (int i = 0; i < WARM_UP; i++) {
                ImpactModel.evaluate(trafford[0], proposal, Scenario.CENTRAL);
            }
            table.repeat(
                    "evaluate one proposal, Trafford, central",
                    RUNS,
                    () -> ImpactModel.evaluate(trafford[0], proposal, Scenario.CENTRAL));
            table.repeat(
                    "evaluate one proposal, Trafford, all 3 scenarios",
                    RUNS,
                    () -> ImpactModel.evaluate(trafford[0], proposal));
            if (!Boolean.getBoolean("provision-lens.bench.trafford-only")) {
                national(spark, home, measurements, table);
            }
        } finally {
            spark.stop();
            table.print(System.out); // what was measured, even when a step failed
        }
    }

    private static void national(SparkSession spark, Path home, Measurements measurements, Timings table)
            throws Exception {
        Path data = NationalData.ensure(home, measurements);
        NationalAreas national = NationalAreas.load(spark, data, measurements);
        List<NationalBaselines.Case> cases = NationalBaselines.of(national);
        table.batch(
                "one proposal per LA (largest specialist setting -20%), central",
                cases, one -> ImpactModel.evaluate(one.baseline(), one.proposal(), Scenario.CENTRAL));
        System.out.printf(
                Locale.ROOT,
                "%d LAs in the national data; %d with a specialist setting counted in places were evaluated%n",
                national.demand().size(),
                cases.size());
    }

    /** Timed steps, each with the median, 90th percentile and longest of its runs, in milliseconds. */
    static final class Timings {

        private record Row(String step, int runs, double medianMs, double p90Ms, double maxMs, double totalS) {}

        private final List<Row> rows = new ArrayList<>();

        interface Work {
            Object run() throws Exception;
        }

        void repeat(String step, int runs, Work work) throws Exception {
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                work.run();
                ms.add((System.nanoTime() - start) / 1e6);
            }
            add(step, ms);
        }

        <T> void batch(String step, List<T> items, java.util.function.Consumer<T> work) {
            List<Double> ms = new ArrayList<>();
            for (T item : items) {
                long start = System.nanoTime();
                work.accept(item);
                ms.add((System.nanoTime() - start) / 1e6);
            }
            add(step, ms);
        }

        private void add(String step, List<Double> ms) {
            List<Double> sorted = ms.stream().sorted(Comparator.naturalOrder()).toList();
            double total = ms.stream().mapToDouble(Double::doubleValue).sum() / 1000;
            rows.add(new Row(step, ms.size(), at(sorted, 0.5), at(sorted, 0.9), sorted.get(sorted.size() - 1), total));
        }

        /** The nearest-rank percentile. */
        private static double at(List<Double> sorted, double share) {
            return sorted.get(Math.max(0, (int) Math.ceil(share * sorted.size()) - 1));
        }

        void print(PrintStream out) {
            out.println();
            out.printf("%-64s %6s %11s %11s %11s %9s%n", "step", "runs", "median ms", "p90 ms", "max ms", "total s");
            for (Row row : rows) {
                out.printf(
                        Locale.ROOT,
                        "%-64s %6d %11.1f %11.1f %11.1f %9.1f%n",
                        row.step(),
                        row.runs(),
                        row.medianMs(),
                        row.p90Ms(),
                        row.maxMs(),
                        row.totalS());
            }
            out.printf(
                    Locale.ROOT,
                    "cores: %d; heap limit %.0f MB%n",
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() / 1e6);
        }
    }
}
