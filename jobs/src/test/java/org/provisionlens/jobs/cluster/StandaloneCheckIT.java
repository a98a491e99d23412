package org.provisionlens.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code jobs/cluster/standalone-check.sh} through bash, as a user would: a Spark standalone master and two
 * workers from {@code jobs/target/spark-home}, the review run submitted to them with the cluster jar, the same run with
 * {@code local[*]}, the published results compared. It needs the packaged jars, so it runs in integration-test (the
 * {@code cluster-check} profile of jobs/pom.xml), after package.
 */
@Tag("cluster")
class StandaloneCheckIT {

    private static final Path JOBS = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    private static final Path DEMO = JOBS.resolve("demo-data");

    @TempDir
    Path work;

    @Test
    void theRunSubmittedToTwoWorkersPublishesWhatTheLocalRunPublishes() throws Exception {
        Path manifest = smallTraffordManifest();
        Path check = work.resolve("check");
        ProcessBuilder builder = new ProcessBuilder(
                        "bash", JOBS.resolve("cluster/standalone-check.sh").toString(), "run", manifest.toString())
                .directory(JOBS.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("check.out").toFile());
        builder.environment().put("CHECK_WORK", check.toString());
        builder.environment().put("CHECK_DB_PORT", Integer.toString(freePort()));
        builder.environment().put("CHECK_MASTER_PORT", Integer.toString(freePort()));
        Process process = builder.start();
        // a bound for a busy machine, not a target: on this 2-core machine shared by 5 builds (load 20): 16 min
        boolean ended = process.waitFor(45, TimeUnit.MINUTES);
        if (!ended) {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        String printed = Files.readString(work.resolve("check.out"));

        assertThat(ended).as("the check ended within 45 minutes:%n%s", printed).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).contains("Workers registered: 2 (127.0.0.1:");

        // what the master saw: two workers, and the application's executors launched on both
        String master = Files.readString(check.resolve("logs/master.log"));
        assertThat(matches(master, "Registering worker (127\\.0\\.0\\.1:\\d+) with 1 cores").stream()
                        .distinct())
                .hasSize(2);
        List<String> workersWithExecutors = matches(master, "Launching executor app-[\\d-]+/\\d+ on worker (\\S+)");
        assertThat(workersWithExecutors.stream().distinct()).hasSize(2);
        // the driver was a client of the standalone master, not local[*]
        String driver = Files.readString(check.resolve("logs/cluster-run.err"));
        assertThat(driver).contains("Connected to Spark cluster with app ID app-");
        // the executor on each worker finished tasks
        List<String> tasks = matches(printed, "worker-\\d executor \\d+: (\\d+) tasks finished");
        assertThat(tasks)
                .hasSize(2)
                .allSatisfy(finished -> assertThat(Integer.parseInt(finished)).isPositive());

        // the comparison: every table identical, with the counts worked out from the manifest and its files
        List<String> tableLines = matches(printed, "(?m)^([a-z_]+ +\\d+ +\\d+  .*)$");
        assertThat(tableLines)
                .hasSizeGreaterThan(40)
                .allSatisfy(line -> assertThat(line).endsWith("  identical"));
        assertThat(printed)
                .contains("Published LAs: cluster 1, local 1 [E08000009]")
                // one LA, one published run
                .containsPattern("(?m)^published_run +1 +1  identical$")
                .containsPattern("(?m)^review_run +1 +1  identical$")
                .containsPattern("(?m)^review_headline +1 +1  identical$")
                // the five inputs of the manifest
                .containsPattern("(?m)^run_input +5 +5  identical$")
                // child_records.csv: 9,344 lines, a header and 9,343 children, none quarantined
                .containsPattern("(?m)^child_record +9343 +9343  identical$")
                .containsPattern("(?m)^quarantine +0 +0  identical$")
                .contains("rows: all identical.")
                .contains("Standalone check passed: 2 workers");
    }

    /** The demo's Trafford inputs the review needs (schools, plans, population, children, services), nothing else. */
    private Path smallTraffordManifest() throws IOException {
        Path manifest = work.resolve("trafford-small.json");
        Files.writeString(
                manifest,
                """
                {
                  "name": "Trafford: the standalone cluster check",
                  "localAuthority": "E08000009",
                  "timePeriod": "202425",
                  "inputs": {
                    "schools": {"format": "trafford-schools-csv", "path": "%s"},
                    "ehcPlansByNeedAndSetting": {"format": "dfe-ehc-plan-needs-csv", "path": "%s"},
                    "population": {"format": "ons-lsoa-population-csv", "path": "%s"},
                    "children": {"format": "child-records-csv", "path": "%s"},
                    "services": {"format": "service-csv", "path": "%s"}
                  }
                }
                """.formatted(
                                DEMO.resolve("trafford/trafford_schools_and_colleges.csv"),
                                DEMO.resolve("dfe/sen_needs_all_plans_trafford.csv"),
                                DEMO.resolve("trafford/mid-year_2024_population_estimates_lsoa.csv"),
                                DEMO.resolve("generated/child_records.csv"),
                                DEMO.resolve("generated/services.csv")),
                StandardCharsets.UTF_8);
        assertThat(Files.readAllLines(DEMO.resolve("generated/child_records.csv")))
                .hasSize(9344);
        return manifest;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> matches(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.results().map(result -> result.group(1)).collect(Collectors.toList());
    }
}
