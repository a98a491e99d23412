package org.provisionlens.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.db.TestDatabases;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.publish.RunLease;
import org.provisionlens.jobs.publish.RunStore;

/**
 * Review runs killed with SIGKILL in a process of their own: the runs view says so, the published run stands, and the
 * next run succeeds and writes the abandonment down for good. A second run for an LA while one is alive is refused.
 */
class AbandonedRunTests {

    private static final String TRAFFORD = "E08000009";

    private static DataSource database;

    @TempDir
    static Path folder;

    @BeforeAll
    static void database() {
        database = TestDatabases.shared().dataSource();
    }

    @Test
    void runsKilledDuringIngestAndPublishShowAsAbandonedAndTheNextRunSucceeds() throws Exception {
        long previous = publishedFixtureRun();
        String publishedBefore = published();

        // killed while reading its inputs
        ChildRun ingest = ChildRun.start(manifest("killed-in-ingest"), folder, "ingest");
        long killedInIngest = awaitStage(ingest, "killed-in-ingest", "ingest");
        ingest.kill();
        awaitAbandoned(killedInIngest);
        assertThat(row("SELECT status || ' / ' || message FROM review_run_state WHERE run_id = " + killedInIngest))
                .isEqualTo("failed / abandoned: the process stopped during ingest");

        // killed while publishing: the test holds a lock that makes the publishing transaction wait, so the run is
        // certainly in its publish stage (and has written nothing that can be seen) when it is killed
        long killedInPublish;
        try (Connection blocker = database.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("LOCK TABLE run_input IN SHARE MODE");
            }
            ChildRun publish = ChildRun.start(manifest("killed-in-publish"), folder, "publish");
            killedInPublish = awaitStage(publish, "killed-in-publish", "publish");
            assertThat(row("SELECT status FROM review_run_state WHERE run_id = " + killedInPublish))
                    .isEqualTo("running");
            publish.kill();
            awaitAbandoned(killedInPublish);
            blocker.rollback();
        }
        assertThat(row("SELECT status || ' / ' || message FROM review_run_state WHERE run_id = " + killedInPublish))
                .isEqualTo("failed / abandoned: the process stopped during publish");
        // the runs table itself still says running: only the view knows the process is gone, until the next run
        assertThat(row("SELECT status FROM review_run WHERE run_id = " + killedInPublish))
                .isEqualTo("running");
        assertThat(published()).isEqualTo(publishedBefore).startsWith(previous + " ");

        ChildRun next = ChildRun.start(manifest("after-the-kills"), folder, "next");
        assertThat(next.exitStatus(600)).as(next.output()).isEqualTo(RunOutcome.PUBLISHED);
        long nextRun =
                Long.parseLong(row("SELECT max(run_id) FROM review_run WHERE manifest_name = 'after-the-kills'"));
        assertThat(next.stdout()).contains("Review run " + nextRun + ": published");
        assertThat(row("SELECT run_id FROM published_run WHERE la_code = '" + TRAFFORD + "'"))
                .isEqualTo(String.valueOf(nextRun));
        // the next run wrote the abandonment into the runs table for good
        assertThat(rows("SELECT run_id || ' ' || status || ' / ' || message FROM review_run WHERE run_id IN ("
                        + killedInIngest + ", " + killedInPublish + ") ORDER BY run_id"))
                .containsExactly(
                        killedInIngest + " failed / abandoned: the process stopped during ingest",
                        killedInPublish + " failed / abandoned: the process stopped during publish");
        // the killed runs left nothing behind; the earlier published run is untouched, only no longer the published one
        assertThat(row("SELECT (SELECT count(*) FROM run_input WHERE run_id IN (" + killedInIngest + ", "
                        + killedInPublish + ")) + (SELECT count(*) FROM specialist_sufficiency WHERE run_id IN ("
                        + killedInIngest + ", " + killedInPublish + "))"))
                .isEqualTo("0");
        assertThat(publishedRows(previous)).isEqualTo(publishedBefore.substring(publishedBefore.indexOf(' ') + 1));
    }

    @Test
    void aSecondRunForTheLaWhileOneIsAliveIsRefusedWithExitFourAndNamesTheRunningOne() throws Exception {
        RunStore runs = new RunStore(database);
        try (RunLease lease = RunLease.take(database, TRAFFORD).orElseThrow()) {
            long running = runs.start("held by the test", "test", lease, "pending");
            runs.stage(running, "assess");
            String runsBefore = row("SELECT count(*) FROM review_run");

            ChildRun second = ChildRun.start(manifest("refused"), folder, "refused");

            assertThat(second.exitStatus(300)).as(second.output()).isEqualTo(RunOutcome.REFUSED_RUN_IN_PROGRESS);
            OffsetDateTime started = startedAt(running);
            String startedText = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss z", Locale.UK)
                    .withZone(ZoneId.systemDefault())
                    .format(started);
            assertThat(second.stderr())
                    .contains("refused: review run " + running + " for " + TRAFFORD + " is in progress (stage assess,"
                            + " started " + startedText + "); run again when it has finished");
            // the refused attempt wrote no run, and the live run is still running, in the table and the view
            assertThat(row("SELECT count(*) FROM review_run")).isEqualTo(runsBefore);
            assertThat(row("SELECT r.status || ' ' || s.status FROM review_run r JOIN review_run_state s USING (run_id)"
                            + " WHERE run_id = " + running))
                    .isEqualTo("running running");
            runs.fail(running, "ended by the test");
        }
    }

    /** A run of the LA published earlier: a headline and one sufficiency row, and the LA's pointer at it. */
    private static long publishedFixtureRun() throws SQLException {
        long run = Long.parseLong(row("INSERT INTO review_run (manifest_name, manifest_path, la_code, la_name, status,"
                + " stage, inputs_sha256, started_at, finished_at) VALUES ('published earlier', 'earlier.json', '"
                + TRAFFORD + "', 'Trafford', 'published', 'published', 'cafe', now(), now()) RETURNING run_id"));
        update("INSERT INTO review_headline (run_id, la_code, old_la_code, la_name, time_period, ehc_plans,"
                + " specialist_plans, plans_outside_own, population_0_25, population_year) VALUES (" + run + ", '"
                + TRAFFORD + "', '358', 'Trafford', '202425', 3143, 1164, 141, 75573, 'mid-2024')");
        update("INSERT INTO specialist_sufficiency (run_id, provision_kind, provision_label, display_order,"
                + " settings_in_area, settings_capacity_unknown, places_known, capacity_status, plans_placed, gap,"
                + " occupancy_pct, outside_own_provision) VALUES (" + run + ", 'STATE_SPECIAL_SCHOOL',"
                + " 'State-funded special schools', 1, 8, 1, 932, 'partial', 821, -111, 88.1, false)");
        update("INSERT INTO published_run (la_code, run_id, published_at) VALUES ('" + TRAFFORD + "', " + run
                + ", now()) ON CONFLICT (la_code) DO UPDATE SET run_id = EXCLUDED.run_id,"
                + " published_at = EXCLUDED.published_at");
        return run;
    }

    /** The LA's published run id, then its rows. */
    private static String published() throws SQLException {
        String run = row("SELECT run_id FROM published_run WHERE la_code = '" + TRAFFORD + "'");
        return run + " " + publishedRows(Long.parseLong(run));
    }

    private static String publishedRows(long run) throws SQLException {
        return row("SELECT r.status || ' | ' || (h.*)::text || ' | ' || (s.*)::text FROM review_run r"
                + " JOIN review_headline h USING (run_id) JOIN specialist_sufficiency s USING (run_id)"
                + " WHERE run_id = " + run);
    }

    /** A manifest of the three inputs a run needs (the demo's schools, plans and population), under a name. */
    private static Path manifest(String name) throws IOException {
        Path demo = SparkTestSession.demoManifest().getParent();
        String manifest = """
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
                        TRAFFORD,
                        demo.resolve("trafford/trafford_schools_and_colleges.csv"),
                        demo.resolve("dfe/sen_needs_all_plans_trafford.csv"),
                        demo.resolve("trafford/mid-year_2024_population_estimates_lsoa.csv"));
        return Files.writeString(folder.resolve(name + ".json"), manifest);
    }

    /** Waits until the child's run is registered and has reached the stage; returns its run id. */
    private static long awaitStage(ChildRun child, String manifestName, String stage) throws Exception {
        String sql = "SELECT run_id FROM review_run WHERE manifest_name = '" + manifestName + "' AND stage = '" + stage
                + "' AND status = 'running'";
        await(() -> !child.alive() || !query(sql).isEmpty(), Duration.ofMinutes(5), "stage " + stage);
        assertThat(child.alive())
                .as("the run ended before its %s stage:%n%s", stage, child.output())
                .isTrue();
        return Long.parseLong(row(sql));
    }

    /** PostgreSQL ends a dead client's session on its own time (a few milliseconds): wait for it. */
    private static void awaitAbandoned(long run) throws InterruptedException {
        await(
                () -> query("SELECT 1 FROM review_run_state WHERE status = 'failed' AND run_id = " + run)
                                .size()
                        == 1,
                Duration.ofSeconds(30),
                "run " + run + " to show as abandoned");
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Gave up waiting for " + what + " after " + timeout);
            }
            Thread.sleep(100);
        }
    }

    private static String row(String sql) throws SQLException {
        List<String> rows = rows(sql);
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0);
    }

    private static List<String> query(String sql) {
        try {
            return rows(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static OffsetDateTime startedAt(long run) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT started_at FROM review_run WHERE run_id = " + run)) {
            result.next();
            return result.getObject(1, OffsetDateTime.class);
        }
    }

    private static void update(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
