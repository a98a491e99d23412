package org.provisionlens.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.provisionlens.jobs.run.StageClock;

class RunsTableTests {

    private static Bench.ScenarioRun run(String name, int las, long children, double mb, double ingest, double wall) {
        ChildRun.Outcome outcome = new ChildRun.Outcome(
                0,
                wall,
                2000,
                wall * 1.5,
                List.of(
                        new StageClock.Stage("ingest", ingest, 1500, 800),
                        new StageClock.Stage("publish", 1, 1900, 900)),
                Path.of("run.log"));
        return new Bench.ScenarioRun(name, las, children, mb, Path.of("home"), 55501, outcome, null);
    }

    @Test
    void oneRowPerStageThenTheWholeRunWithCostPerChildAndPerLa() {
        String table = RunsTable.markdown(List.of(
                run("national 10%", 16, 200_000, 25.0, 4.0, 20.0),
                new Bench.ScenarioRun(
                        "national 50%",
                        77, -1, Double.NaN, null, 55502, null, "national command not available: skipped")));
        assertThat(table.lines().toList())
                .containsExactly(
                        "| scenario | LAs | children | input MB | stage | wall s | CPU s | peak RSS MB | peak heap MB"
                                + " | s per 100k children | ms per LA |",
                        "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|",
                        // 4 s / 200,000 * 100,000 = 2.00; 4 s / 16 LAs = 250 ms
                        "| national 10% | 16 | 200,000 | 25.0 | ingest | 4.0 |  | 1,500 | 800 | 2.00 | 250 |",
                        "| national 10% | 16 | 200,000 | 25.0 | publish | 1.0 |  | 1,900 | 900 | 0.50 | 63 |",
                        // whole run: 20 s, CPU 30 s, heap the largest stage's (900)
                        "| national 10% | 16 | 200,000 | 25.0 | whole run | 20.0 | 30.0 | 2,000 | 900 | 10.00 | 1,250 |",
                        "| national 50% | 77 |  |  | national command not available: skipped | | | | | | |");
    }

    @Test
    void aRunDoneWithQuarantinedRowsCountsAndAFailedOneSaysWhy() {
        ChildRun.Outcome quarantined = new ChildRun.Outcome(3, 10, 900, 12, List.of(), Path.of("run.log"));
        ChildRun.Outcome failed = new ChildRun.Outcome(1, 10, 900, 12, List.of(), Path.of("run.log"));
        assertThat(quarantined.ok()).isTrue();
        assertThat(failed.ok()).isFalse();
        String table = RunsTable.markdown(
                List.of(new Bench.ScenarioRun("Trafford demo", 1, 10_000, 1.0, Path.of("home"), 55500, failed, null)));
        assertThat(table.lines().toList().get(2))
                .isEqualTo(
                        "| Trafford demo | 1 | 10,000 | 1.0 | whole run (exit 1: unexpected failure) | 10.0 | 12.0 | 900"
                                + " |  | 100.00 | 10,000 |");
    }

    @Test
    void growthGivesTheRatiosFromTenToFiftyToAHundredPercent() {
        String growth = RunsTable.growth(List.of(
                run("national 10%", 16, 200_000, 25.0, 4.0, 20.0),
                run("national 50%", 77, 1_000_000, 125.0, 18.0, 60.0),
                run("national 100%", 153, 2_000_000, 250.0, 36.0, 110.0)));
        assertThat(growth.lines().toList())
                .contains(
                        "| LAs | 16 | 77 | 153 | 4.81 | 1.99 |", // 77/16, 153/77
                        "| children | 200,000 | 1,000,000 | 2,000,000 | 5.00 | 2.00 |",
                        "| input MB | 25.0 | 125.0 | 250.0 | 5.00 | 2.00 |",
                        "| ingest s | 4.0 | 18.0 | 36.0 | 4.50 | 2.00 |",
                        "| whole run s | 20.0 | 60.0 | 110.0 | 3.00 | 1.83 |",
                        // 20/2 = 10.00, 60/10 = 6.00, 110/20 = 5.50 s per 100k children
                        "| whole run s per 100k children | 10.00 | 6.00 | 5.50 | 0.60 | 0.92 |");
        assertThat(RunsTable.growth(List.of(run("national 10%", 16, 200_000, 25.0, 4.0, 20.0))))
                .isEqualTo("Growth 10% -> 50% -> 100%: needs all three national runs (1 ran).\n");
    }
}
