package org.provisionlens.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.jobs.DataRecords;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.ingest.CheckedInput;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.manifest.RunManifest;
import org.provisionlens.jobs.sources.InputReaders;
import org.provisionlens.jobs.sources.ReadContext;

/**
 * The generator's broken rows, read back by the platform's readers: exactly the rows its key lists are quarantined,
 * and every other row is accepted (the rows counted in the file by the test, not by the readers).
 */
class GeneratedInputsReadBackTests {

    private static SparkSession spark;

    @TempDir
    static Path folder;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void exactlyTheBrokenRowsOfEveryGeneratedFileAreQuarantined() {
        // three LAs, so that rows broken at the start of an LA's block (nothing earlier to duplicate) are covered too
        GeneratedFiles.generate(
                folder, "--la", "E08000009,E06000001,E09000033", "--seed", "7", "--broken-share", "0.05");
        RunManifest manifest = RunManifest.read(folder.resolve("manifest.json"));
        Map<String, Set<Long>> broken = GeneratedFiles.rows(folder.resolve("broken_rows.csv")).stream()
                .collect(Collectors.groupingBy(
                        row -> row.get("file"),
                        Collectors.mapping(
                                row -> Long.valueOf(row.get("line")), Collectors.toCollection(TreeSet::new))));
        ReadContext context = new ReadContext(manifest.localAuthority(), manifest.timePeriod());
        for (InputSpec spec : manifest.inputs().values()) {
            CheckedInput input = InputReaders.read(spark, spec, context);
            Set<Long> expected = broken.getOrDefault(spec.fileName(), Set.of());
            Set<Long> quarantined = input.quarantineEntries().stream()
                    .map(QuarantineEntry::line)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(quarantined).as(spec.fileName()).isEqualTo(expected);
            assertThat(input.rowsQuarantined()).as(spec.fileName()).isEqualTo(expected.size());
            // every record of the file is read, counted without the readers, and the good ones are accepted
            long records = DataRecords.csv(spec.path());
            assertThat(input.rowsRead()).as(spec.fileName()).isEqualTo(records);
            assertThat(input.rowsAccepted()).as(spec.fileName()).isEqualTo(records - expected.size());
        }
        // 5% of Trafford's 9,343 child rows are broken, and the key says so
        assertThat(broken.get("child_records.csv")).hasSizeGreaterThan(400);
    }
}
