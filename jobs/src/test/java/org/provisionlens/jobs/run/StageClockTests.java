package org.provisionlens.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageClockTests {

    @Test
    void recordsEachStageInOrderWithItsPeakMemoryAndWritesThemAsCsv(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StageClock clock = new StageClock(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2);

        clock.stage("ingest", "reading 3 inputs");
        byte[] held = new byte[64 * 1024 * 1024];
        java.util.Arrays.fill(held, (byte) 1);
        clock.stage("publish", null);
        clock.finish("published run 7");
        Path csv = dir.resolve("times.csv");
        clock.write(csv);

        assertThat(clock.stages()).extracting(StageClock.Stage::name).containsExactly("ingest", "publish");
        // 64 MB were touched during ingest: its peaks hold them; the resident peak was reset when publish began
        assertThat(clock.stages().get(0).peakHeapMb()).isGreaterThanOrEqualTo(64);
        assertThat(clock.stages().get(0).peakResidentMb()).isGreaterThanOrEqualTo(64);
        assertThat(held[held.length - 1]).isEqualTo((byte) 1);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("[##########..........] 1/2 ingest: reading 3 inputs");
        assertThat(text).contains("[####################] 2/2 publish ");
        assertThat(text).containsPattern("published run 7 in \\d+\\.\\d s");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("stage,seconds,peak_resident_mb,peak_heap_mb");
        assertThat(lines.get(1)).startsWith("ingest,");
        assertThat(lines.get(2)).startsWith("publish,");
    }
}
