package org.provisionlens.jobs.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
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
 * The review run killed with SIGKILL ten times: each time the last published run is intact (the same pointer, the same
 * rows in every table with a run_id, by count and checksum), nothing the killed run wrote is left or reachable, and the
 * dashboards' queries see no half-written run; then the next run takes the LA's lease, marks the killed runs abandoned
 * and publishes. The first run is timed (when each stage began, when it committed). Kills 1, 3, 5, 7 and 9 land at a
 * point drawn from a seeded {@link Random} over the whole run up to its commit; kills 2, 4, 6, 8 and 10 land inside
 * the publishing transaction (a second or two long, which timing alone seldom hits on a shared machine): the test
 * holds a table drawn from those the transaction writes, so the run has written every table before it and waits. Each
 * kill's point and stage are printed.
 *
 * <p>It took 17.5 minutes on the shared 2-core machine with five other builds running (load average 16 to 24), far
 * more than the suite's 60 s guide (on a quiet machine, where a run takes 10 to 20 s, about three minutes is
 * expected, not measured): twelve review runs, each a JVM of its own that starts Spark, are what the fault needs: a kill only means
 * something to a real process talking to a real PostgreSQL, and ten kills cannot share one process.
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
    static void stop() throws InterruptedException {
        JobProcess.killAll();
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

        // the tables the publishing transaction writes rows to, in the order it writes them (review_run is not one:
        // the run registers and moves through its stages in it before publishing)
        List<String> written = before.tables().keySet().stream()
                .filter(table -> !table.equals("review_run"))
                .toList();
        double committed = seconds(timeline, "committed");
        Random random = new Random(SEED);
        List<Kill> kills = new ArrayList<>();
        int attempt = 0;
        while (kills.size() < KILLS) {
            attempt++;
            assertThat(attempt)
                    .as("runs that finished before their kill: too many")
                    .isLessThanOrEqualTo(KILLS + 3);
            String name = "faults-kill-" + attempt;
            JobProcess run;
            String aim;
            boolean inWrite;
            double at;
            if (kills.size() % 2 == 0) {
                // odd kills: at a point drawn over the whole run up to its commit, taken as a milestone of the first
                // run and an offset after it, so a slower or quicker start (the machine is shared) does not move the
                // kill into another stage
                double point = random.nextDouble() * committed;
                Milestone from = timeline.get(0);
                for (Milestone milestone : timeline) {
                    if (milestone.seconds() <= point) {
                        from = milestone;
                    }
                }
                double offset = point - from.seconds();
                aim = String.format(Locale.ROOT, "%s + %.2f s", from.name(), offset);
                run = JobProcess.run(manifest(name), database.jdbcUrl(), folder, "kill-" + attempt);
                JobProcess started = run;
                String milestone = from.name();
                Published.await(
                        () -> !started.alive()
                                || milestone.equals("start")
                                || started.printedStages().contains(milestone),
                        Duration.ofMinutes(10),
                        name + " to reach " + milestone);
                Thread.sleep((long) (offset * 1000));
                inWrite = inWrite(run);
                at = run.seconds();
                if (!run.alive()) {
                    // it finished first: a complete run, now the published one
                    assertThat(run.exitStatus(10)).as(run.output()).isEqualTo(RunOutcome.PUBLISHED);
                    System.out.printf(Locale.ROOT, "run %s (%s): finished before its kill%n", name, aim);
                    before = published.fingerprint();
                    assertPublishedRows(before);
                    continue;
                }
                run.kill();
            } else {
                // even kills: inside the publishing transaction, which lasts a second or two, so timing alone seldom
                // hits it: the test holds a table drawn from those the transaction writes (SHARE mode: it can be read,
                // not written), so the run has written the tables before it, and is killed while it waits
                String table = written.get(random.nextInt(written.size()));
                aim = "publishing, held at " + table;
                try (Connection blocker = database.dataSource().getConnection()) {
                    blocker.setAutoCommit(false);
                    try (Statement lock = blocker.createStatement()) {
                        lock.execute("LOCK TABLE " + table + " IN SHARE MODE");
                    }
                    run = JobProcess.run(manifest(name), database.jdbcUrl(), folder, "kill-" + attempt);
                    JobProcess started = run;
                    Published.await(
                            () -> !started.alive()
                                    || published
                                            .row("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                                    + " AND application_name = '" + started.applicationName() + "'")
                                            .equals("1"),
                            Duration.ofMinutes(10),
                            name + " to wait for " + table);
                    assertThat(run.alive()).as(run.output()).isTrue();
                    inWrite = inWrite(run);
                    at = run.seconds();
                    run.kill();
                    // the killed run's backend waits for the lock before it can find its client gone
                    blocker.rollback();
                }
            }
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
        assertThat(kills).filteredOn(Kill::inPublish).hasSizeGreaterThanOrEqualTo(KILLS / 2);

        // the next run: the killed runs' leases went with their sessions; it takes the lease, writes the abandoned
        // runs down for good and publishes
        // (each kill's successor marked the runs killed before it; the runs still marked running are the last ones)
        int abandoned = Integer.parseInt(published.row("SELECT count(*) FROM review_run WHERE status = 'running'"));
        assertThat(published.row("SELECT count(*) FROM review_run_state WHERE status = 'running'"))
                .isEqualTo("0");
        JobProcess next = JobProcess.run(manifest("faults-next"), database.jdbcUrl(), folder, "next");
        assertThat(next.exitStatus(900)).as(next.output()).isEqualTo(RunOutcome.PUBLISHED);
        long nextRun =
                Long.parseLong(published.row("SELECT run_id FROM review_run WHERE manifest_name = 'faults-next'"));
        assertThat(next.stdout()).contains("Review run " + nextRun + ": published");
        if (abandoned > 0) {
            assertThat(next.stderr()).contains("Marked " + abandoned + " abandoned run(s) of " + Published.TRAFFORD);
        } else {
            assertThat(next.stderr()).doesNotContain("abandoned run(s)");
        }
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

    /** Whether the run's session has written in its open transaction (it has a transaction id). */
    private static boolean inWrite(JobProcess run) {
        return Integer.parseInt(published.row("SELECT count(*) FROM pg_stat_activity WHERE backend_xid IS NOT NULL"
                        + " AND application_name = '" + run.applicationName() + "'"))
                > 0;
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
     * headline; the pointer; the population file's 417 rows are 139 LSOAs by Persons, Females and Males, and the run
     * keeps the Persons rows for ages 0 to 25: 139 x 26 = 3,614 rows of area_population.
     */
    private static void assertPublishedRows(Fingerprint run) {
        assertThat(run.rows("run_input")).isEqualTo(3);
        assertThat(run.rows("area_population")).isEqualTo(139 * 26);
        assertThat(run.rows("quarantine")).isZero();
        assertThat(run.rows("review_headline")).isEqualTo(1);
        assertThat(run.rows("published_run")).isEqualTo(1);
        assertThat(run.rows("review_run")).isEqualTo(1);
    }

    private static Path manifest(String name) throws IOException {
        return JobProcess.manifest(folder, name);
    }
}
