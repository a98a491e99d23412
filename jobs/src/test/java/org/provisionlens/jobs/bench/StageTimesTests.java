package org.provisionlens.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.jobs.run.StageClock;

class StageTimesTests {

    @Test
    void parsesTheFiveStagesInOrder() {
        String csv = """
                stage,seconds,peak_resident_mb,peak_heap_mb
                ingest,3.250,812.4,301.0
                conform,0.750,830.0,350.5
                assess,1.125,901.2,410.0
                comments,0.500,905.0,390.0
                publish,2.000,950.7,420.3
                """;
        assertThat(StageTimes.parse(csv, "times.csv"))
                .containsExactly(
                        new StageClock.Stage("ingest", 3.25, 812.4, 301.0),
                        new StageClock.Stage("conform", 0.75, 830.0, 350.5),
                        new StageClock.Stage("assess", 1.125, 901.2, 410.0),
                        new StageClock.Stage("comments", 0.5, 905.0, 390.0),
                        new StageClock.Stage("publish", 2.0, 950.7, 420.3));
    }

    @Test
    void readsWhatTheStageClockWrites(@TempDir Path dir) throws Exception {
        StageClock clock =
                new StageClock(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), 2);
        clock.stage("ingest", "");
        clock.stage("publish", "");
        clock.finish("done");
        Path file = dir.resolve("times.csv");
        clock.write(file);
        assertThat(StageTimes.read(file)).extracting(StageClock.Stage::name).containsExactly("ingest", "publish");
        assertThat(Files.readString(file)).startsWith(StageTimes.HEADER + "\n");
    }

    @Test
    void saysWhichLineIsWrong() {
        assertThatThrownBy(() -> StageTimes.parse("stage,seconds\ningest,1\n", "t.csv"))
                .hasMessage("t.csv line 1: expected the header 'stage,seconds,peak_resident_mb,peak_heap_mb'");
        assertThatThrownBy(() -> StageTimes.parse(StageTimes.HEADER + "\ningest,1.0,2.0\n", "t.csv"))
                .hasMessage("t.csv line 2: expected 4 fields (stage,seconds,peak_resident_mb,peak_heap_mb), found 3");
        assertThatThrownBy(() -> StageTimes.parse(StageTimes.HEADER + "\ningest,fast,2.0,3.0\n", "t.csv"))
                .hasMessage("t.csv line 2: seconds and megabytes must be numbers: ingest,fast,2.0,3.0");
    }

    @Test
    void gnuTimesReportGivesPeakResidentAndCpu() {
        String report = """
                \tCommand being timed: "java -jar provision-lens-jobs.jar run m.json"
                \tUser time (seconds): 21.45
                \tSystem time (seconds): 1.30
                \tPercent of CPU this job got: 180%
                \tElapsed (wall clock) time (h:mm:ss or m:ss): 0:12.61
                \tMaximum resident set size (kbytes): 1048576
                \tExit status: 0
                """;
        assertThat(ChildRun.TimeReport.maxResidentKb(report).getAsDouble()).isEqualTo(1048576.0);
        assertThat(ChildRun.TimeReport.cpuSeconds(report).getAsDouble()).isEqualTo(22.75);
        assertThat(ChildRun.TimeReport.maxResidentKb("nothing")).isEmpty();
    }
}
