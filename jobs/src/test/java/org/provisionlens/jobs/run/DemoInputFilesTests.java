package org.provisionlens.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.jobs.DataRecords;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.manifest.RunManifest;

/**
 * The rows each demo input has, counted without the platform's readers: the figures {@link DemoReviewRunTests} holds
 * the run's "rows read" to are the files' own, not the readers' sums of accepted and quarantined rows.
 */
class DemoInputFilesTests {

    @TempDir
    Path folder;

    @Test
    void eachDemoInputHasTheRowsTheRunMustRead() {
        Map<String, Long> counted = new TreeMap<>();
        for (InputSpec input :
                RunManifest.read(SparkTestSession.demoManifest()).inputs().values()) {
            counted.put(
                    input.name(),
                    input.format().endsWith("geojson")
                            ? DataRecords.geoJsonFeatures(input.path())
                            : DataRecords.csv(input.path()));
        }
        // wc -l less the header line for every CSV but comments.csv; comments.csv has 417 lines after its header,
        // 400 records (17 comments hold a line break inside their quotes); the MSOA file has 28 features
        assertThat(counted)
                .isEqualTo(new TreeMap<>(Map.ofEntries(
                        Map.entry("schools", 103L),
                        Map.entry("ehcPlansByNeedAndSetting", 82L),
                        Map.entry("ehcPlanCaseload", 1_370L),
                        Map.entry("population", 417L),
                        Map.entry("populationLa", 3L),
                        Map.entry("msoaBoundaries", 28L),
                        Map.entry("lsoaCentroids", 139L),
                        Map.entry("children", 9_343L),
                        Map.entry("services", 14L),
                        Map.entry("serviceFunding", 14L),
                        Map.entry("comments", 400L),
                        Map.entry("communityWaitingLists", 316L),
                        Map.entry("consultationRegister", 15L),
                        Map.entry("nhsGeography", 106L))));
    }

    @Test
    void theCountKeepsALineBreakInsideQuotesAndCountsABlankLine() throws IOException {
        Path file = Files.writeString(
                folder.resolve("records.csv"), "id,text\n1,\"two\nlines\"\n2,\"say \"\"hi\"\"\"\n\n3,last");
        // records 1, 2, the blank line and 3 (with no line break at the end)
        assertThat(DataRecords.csv(file)).isEqualTo(4);
    }
}
