package org.provisionlens.jobs.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.db.DatabaseSettings;
import org.provisionlens.db.PlatformDatabase;
import org.provisionlens.jobs.faults.Published.Fingerprint;
import org.provisionlens.jobs.run.RunOutcome;

/**
 * The review run killed with SIGKILL at random points, ten times: each time the last published run is intact (the same
 * pointer, the same rows in every table) and nothing the killed run wrote is reachable; then the next run takes the LA's
 * lease, marks the killed runs abandoned and publishes.
 *
 * <p>It takes about four minutes on the shared 2-core machine (more than the suite's 60 s guide): twelve review runs,
 * each a JVM of its own that starts Spark, are what the fault needs: a kill only means something to a real process
 * talking to a real PostgreSQL, and ten kills spread over a whole run (half of them aimed into its publish stage, which
 * is short) cannot share one.
 */
class KilledRunsTests {

    private static final int KILLS = 10;
    private static final long SEED = 13;

    @TempDir
    static Path folder;

    private static PlatformDatabase database;
    private static Published published;

    @BeforeAll
    static void database() throws IOException {
        database = PlatformDatabase.open(DatabaseSettings.embeddedIn(Files.createDirectories(folder.resolve("pg"))));
        published = new Published(database.dataSource());
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.close();
        }
    }

    /** Where a kill landed: seconds after the process started, the stage, what the run was doing. */
    private record Kill(int number, String aim, double seconds, String printedStage, String runState, boolean inWrite) {

        boolean inPublish() {
            return runState.contains(" publish");
        }
    }

    /** A moment of a run: "start", a stage the progress bar printed, or "committed"; seconds after the start. */
    private record Milestone(String name, double seconds) {}

    @Test
    void tenKillsAtRandomPointsLeaveThePublishedRunIntactAndTheNextRunTakesTheLeaseAndPublishes() throws Exception {
        List<Milestone> timeline = firstRun();
        Fingerprint before = published.fingerprint();
        assertThat(before.runId())
                .isEqualTo(Long.parseLong(
                        published.row("SELECT run_id FROM review_run WHERE manifest_name = 'faults-first'")));
        assertPublishedRows(before);
        System.out.println("published rows of the first run: " + before.tables());

        double publish = seconds(timeline, "publish");
        double committed = seconds(timeline, "committed");
        Random random = new Random(SEED);
        List<Kill> kills = new ArrayList<>();
        int attempt = 0;
        while (kills.size() < KILLS) {
            attempt++;
            assertThat(attempt)
                    .as("runs that finished before their kill: too many")
                    .isLessThanOrEqualTo(KILLS + 3);
            // odd kills anywhere before the commit, even ones in the publish stage (short, so aimed at)
            double point = kills.size() % 2 == 0
                    ? random.nextDouble() * committed
                    : publish + random.nextDouble() * (committed - publish);
            // the point as a milestone of the first run and an offset after it, so a slower or quicker start (the
            // machine is shared) does not move the kill into another stage
            Milestone from = timeline.get(0);
            for (Milestone milestone : timeline) {
                if (milestone.seconds() <= point) {
                    from = milestone;
                }
            }
            double offset = point - from.seconds();
            String aim = String.format(Locale.ROOT, "%s + %.2f s", from.name(), offset);
            String name = "faults-kill-" + attempt;
            JobProcess run = JobProcess.run(manifest(name), database.jdbcUrl(), folder, "kill-" + attempt);
            String milestone = from.name();
            Published.await(
                    () -> !run.alive()
                            || milestone.equals("start")
                            || run.printedStages().contains(milestone),
                    Duration.ofMinutes(10),
                    name + " to reach " + milestone);
            Thread.sleep((long) (offset * 1000));
            boolean inWrite = Integer.parseInt(published.row("SELECT count(*) FROM pg_stat_activity"
                            + " WHERE backend_xid IS NOT NULL AND application_name = '" + run.applicationName() + "'"))
                    > 0;
            double at = run.seconds();
            if (!run.alive()) {
                // it finished first: a complete run, now the published one
                assertThat(run.exitStatus(10)).as(run.output()).isEqualTo(RunOutcome.PUBLISHED);
                System.out.printf(Locale.ROOT, "run %s (%s): finished before its kill%n", name, aim);
                before = published.fingerprint();
                assertPublishedRows(before);
                continue;
            }
            run.kill();
            // PostgreSQL ends a dead client's sessions on its own time (milliseconds): wait for it
            Published.await(() -> published.sessions(run.applicationName()) == 0, Duration.ofSeconds(30), name);
            String state = String.join(
                    "",
                    published.rows("SELECT run_id || ' ' || stage || ' ' || status FROM review_run"
                            + " WHERE manifest_name = '" + name + "'"));
            Kill kill = new Kill(
                    kills.size() + 1,
                    aim,
                    at,
                    run.lastPrintedStage(),
                    state.isEmpty() ? "not registered" : state,
                    inWrite);
            kills.add(kill);
            System.out.printf(
                    Locale.ROOT,
                    "kill %2d (aimed at %s): at %.2f s, printed stage '%s', run %s%s%n",
                    kill.number(),
                    aim,
                    at,
                    kill.printedStage(),
                    kill.runState(),
                    inWrite ? ", inside its publishing transaction" : "");

            if (state.endsWith(" published")) {
                // killed after its commit: it is the last published run now, and complete
                before = published.fingerprint();
                assertThat(before.runId()).isEqualTo(Long.parseLong(state.substring(0, state.indexOf(' '))));
                assertPublishedRows(before);
            } else {
                assertThat(published.fingerprint())
                        .as("after kill %d", kill.number())
                        .isEqualTo(before);
                if (!state.isEmpty()) {
                    long killed = Long.parseLong(state.substring(0, state.indexOf(' ')));
                    assertThat(published.rowsLeftBy(killed))
                            .as("rows left by kill %d", kill.number())
                            .isEmpty();
                    assertThat(published.row("SELECT status FROM review_run_state WHERE run_id = " + killed))
                            .isEqualTo("failed");
                }
            }
            published.assertNothingHalfWrittenVisible(before.runId());
        }
        assertThat(kills).filteredOn(Kill::inPublish).hasSizeGreaterThanOrEqualTo(3);

        // the next run: the killed runs' leases went with their sessions; it takes the lease, writes the abandoned
        // runs down for good and publishes
        long abandoned = kills.stream()
                .filter(kill -> kill.runState().endsWith(" running"))
                .count();
        JobProcess next = JobProcess.run(manifest("faults-next"), database.jdbcUrl(), folder, "next");
        assertThat(next.exitStatus(900)).as(next.output()).isEqualTo(RunOutcome.PUBLISHED);
        long nextRun =
                Long.parseLong(published.row("SELECT run_id FROM review_run WHERE manifest_name = 'faults-next'"));
        assertThat(next.stdout()).contains("Review run " + nextRun + ": published");
        assertThat(next.stderr()).contains("Marked " + abandoned + " abandoned run(s) of " + Published.TRAFFORD);
        Fingerprint after = published.fingerprint();
        assertThat(after.runId()).isEqualTo(nextRun).isNotEqualTo(before.runId());
        assertPublishedRows(after);
        published.assertNothingHalfWrittenVisible(nextRun);
        for (Kill kill : kills) {
            if (kill.runState().endsWith(" running")) {
                String[] run = kill.runState().split(" ");
                assertThat(published.row("SELECT status || ' / ' || message FROM review_run WHERE run_id = " + run[0]))
                        .isEqualTo("failed / abandoned: the process stopped during " + run[1]);
            }
        }
        assertThat(published.rows("SELECT run_id FROM review_run_state WHERE status NOT IN ('failed', 'published')"))
                .isEmpty();
    }

    /** The first run, published; the times its stages began and it committed, seconds after its process started. */
    private static List<Milestone> firstRun() throws Exception {
        JobProcess first = JobProcess.run(manifest("faults-first"), database.jdbcUrl(), folder, "first");
        List<Milestone> timeline = new ArrayList<>(List.of(new Milestone("start", 0)));
        boolean committed = false;
        while (first.alive()) {
            double now = first.seconds();
            for (String stage : first.printedStages()) {
                if (timeline.stream().noneMatch(milestone -> milestone.name().equals(stage))) {
                    timeline.add(new Milestone(stage, now));
                }
            }
            if (!committed
                    && !published
                            .rows(
                                    "SELECT 1 FROM review_run WHERE manifest_name = 'faults-first' AND status = 'published'")
                            .isEmpty()) {
                committed = true;
                timeline.add(new Milestone("committed", now));
            }
            Thread.sleep(20);
        }
        double whole = first.seconds();
        assertThat(first.exitStatus(10)).as(first.output()).isEqualTo(RunOutcome.PUBLISHED);
        assertThat(timeline.stream().map(Milestone::name))
                .containsExactly("start", "ingest", "conform", "assess", "comments", "publish", "committed");
        System.out.printf(Locale.ROOT, "first run: %s; ended at %.1f s%n", timeline, whole);
        return timeline;
    }

    private static double seconds(List<Milestone> timeline, String name) {
        return timeline.stream()
                .filter(milestone -> milestone.name().equals(name))
                .findFirst()
                .orElseThrow()
                .seconds();
    }

    /**
     * The rows every run of this manifest publishes, worked out from its files: three inputs, none quarantined; one
     * headline; the pointer.
     */
    private static void assertPublishedRows(Fingerprint run) {
        assertThat(run.rows("run_input")).isEqualTo(3);
        assertThat(run.rows("quarantine")).isZero();
        assertThat(run.rows("review_headline")).isEqualTo(1);
        assertThat(run.rows("published_run")).isEqualTo(1);
        assertThat(run.rows("review_run")).isEqualTo(1);
    }

    private static Path manifest(String name) throws IOException {
        return JobProcess.manifest(folder, name);
    }
}
