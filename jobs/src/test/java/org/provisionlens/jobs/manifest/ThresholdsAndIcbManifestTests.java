package org.provisionlens.jobs.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.core.sufficiency.VerdictThresholds;
import org.provisionlens.jobs.SparkTestSession;

/** The manifest's optional verdict thresholds and ICB: read, defaulted, and refused with the field and what was due. */
class ThresholdsAndIcbManifestTests {

    @TempDir
    Path folder;

    private Path manifest(String extra) throws IOException {
        Files.writeString(folder.resolve("schools.csv"), "name\n");
        Files.writeString(folder.resolve("waits.csv"), "Therapy\n");
        return Files.writeString(folder.resolve("manifest.json"), """
                {"name": "x", "localAuthority": "E08000009", "timePeriod": "202425",
                 "inputs": {"schools": {"format": "trafford-schools-csv", "path": "schools.csv"}}%s}
                """.formatted(extra));
    }

    @Test
    void withoutThresholdsTheRunUsesTheDefaults() throws IOException {
        RunManifest manifest = RunManifest.read(manifest(""));

        assertThat(manifest.thresholds().values()).isEqualTo(new VerdictThresholds(95, 18, 0.8, 3));
        assertThat(manifest.thresholds().given()).isEmpty();
        assertThat(manifest.thresholds().source("atRiskOccupancyPercent")).isEqualTo("default");
        assertThat(manifest.icb()).isNull();
    }

    @Test
    void thresholdsTheManifestGivesReplaceTheDefaultsOneByOne() throws IOException {
        RunManifest manifest = RunManifest.read(
                manifest(", \"thresholds\": {\"atRiskOccupancyPercent\": 90, \"atRiskWaitingWeeks\": 12}"));

        assertThat(manifest.thresholds().values()).isEqualTo(new VerdictThresholds(90, 12, 0.8, 3));
        assertThat(manifest.thresholds().source("atRiskOccupancyPercent")).isEqualTo("manifest");
        assertThat(manifest.thresholds().source("atRiskWaitingWeeks")).isEqualTo("manifest");
        assertThat(manifest.thresholds().source("insufficientTravelAccess")).isEqualTo("default");
        assertThat(manifest.thresholds().source("horizonYears")).isEqualTo("default");
    }

    @Test
    void everyWrongThresholdIsNamedWithWhatWasExpected() throws IOException {
        Path file = manifest(", \"thresholds\": {\"atRiskOccupancyPercent\": 120, \"atRiskWaitingWeeks\": 18.5,"
                + " \"insufficientTravelAccess\": 80, \"horizonYears\": \"three\", \"colour\": 1}");

        assertThatThrownBy(() -> RunManifest.read(file))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("Manifest " + file + " cannot be used")
                .hasMessageContaining("thresholds: unknown field 'colour'; expected one of [atRiskOccupancyPercent,"
                        + " atRiskWaitingWeeks, insufficientTravelAccess, horizonYears]")
                .hasMessageContaining("thresholds.atRiskOccupancyPercent is 120; expected a number above 0 and at most"
                        + " 100 (the occupancy, in percent, at or above which a cell is at risk)")
                .hasMessageContaining(
                        "thresholds.atRiskWaitingWeeks is 18.5; expected a whole number of weeks from 0" + " to 104")
                .hasMessageContaining("thresholds.insufficientTravelAccess is 80; expected a share from 0 to 1, e.g."
                        + " 0.8 for 80%")
                .hasMessageContaining(
                        "thresholds.horizonYears is \"three\"; expected a whole number of years from 1" + " to 5");
    }

    @Test
    void thresholdsMustBeAnObject() throws IOException {
        Path file = manifest(", \"thresholds\": 95");

        assertThatThrownBy(() -> RunManifest.read(file))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("thresholds: expected an object such as {\"atRiskOccupancyPercent\": 95,"
                        + " \"atRiskWaitingWeeks\": 18}, found 95");
    }

    @Test
    void aWaitingListInputNeedsTheIcb() throws IOException {
        Path file = manifest("");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace(
                                "\"schools.csv\"}}",
                                "\"schools.csv\"}, \"waits\": {\"format\": \"nhs-community-waiting-list-csv\","
                                        + " \"path\": \"waits.csv\"}}"));

        assertThatThrownBy(() -> RunManifest.read(file))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("missing field icb: an input of format nhs-community-waiting-list-csv needs the"
                        + " run's integrated care board as the file names it, e.g. \"icb\": \"Greater Manchester\"");
    }

    @Test
    void theIcbIsReadWithoutNhsAndIcbAroundItsName() throws IOException {
        assertThat(RunManifest.read(manifest(", \"icb\": \"NHS Greater Manchester Integrated Care Board\""))
                        .icb())
                .isEqualTo("Greater Manchester");
        assertThat(RunManifest.read(manifest(", \"icb\": \" NHS Greater Manchester ICB \""))
                        .icb())
                .isEqualTo("Greater Manchester");
        assertThat(RunManifest.read(manifest(", \"icb\": \"Greater Manchester\""))
                        .icb())
                .isEqualTo("Greater Manchester");
    }

    @Test
    void theDemoNamesGreaterManchesterAndTheDefaultThresholdsInItsManifest() {
        RunManifest demo = RunManifest.read(SparkTestSession.demoManifest());

        assertThat(demo.icb()).isEqualTo("Greater Manchester");
        assertThat(demo.thresholds().values()).isEqualTo(VerdictThresholds.defaults());
        assertThat(demo.thresholds().given())
                .containsExactlyInAnyOrder(
                        "atRiskOccupancyPercent", "atRiskWaitingWeeks", "insufficientTravelAccess", "horizonYears");
    }
}
