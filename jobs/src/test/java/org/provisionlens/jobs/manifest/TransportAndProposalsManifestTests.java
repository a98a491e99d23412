package org.provisionlens.jobs.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.jobs.SparkTestSession;

/** The manifest's transport policy and the proposals it names. */
class TransportAndProposalsManifestTests {

    @TempDir
    Path folder;

    private Path manifest(String extra) throws IOException {
        Files.writeString(folder.resolve("schools.csv"), "name\n");
        return Files.writeString(folder.resolve("manifest.json"), """
                {"name": "x", "localAuthority": "E08000009", "timePeriod": "202425",
                 "inputs": {"schools": {"format": "trafford-schools-csv", "path": "schools.csv"}}%s}
                """.formatted(extra));
    }

    @Test
    void theDemoNamesItsTransportAssumptionAndItsTwoProposals() {
        RunManifest demo = RunManifest.read(SparkTestSession.demoManifest());
        assertThat(demo.transport().maxMiles()).isEqualTo(12.0);
        assertThat(demo.transport().costPerMile()).isEqualByComparingTo("2.50");
        assertThat(demo.transport().source()).startsWith("Demo assumption");
        assertThat(demo.proposals())
                .extracting(ManifestProposal::id, ManifestProposal::laCode, ManifestProposal::format)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("trafford-rp-comm-cut-30", "E08000009", "yaml"),
                        org.assertj.core.groups.Tuple.tuple("trafford-autism-base-partington", "E08000009", "yaml"));
        assertThat(demo.proposals().get(0).body()).contains("percent: -30");
    }

    @Test
    void withoutTransportTheLimitIsTheTravelAccessLimitAndNoCost() throws IOException {
        var policy = RunManifest.read(manifest("")).transport();
        // 45 minutes at 30 km/h = 22.5 km by road; / 1.609344 km a mile = 13.98 miles
        assertThat(policy.maxMiles()).isCloseTo(13.98, within(0.005));
        assertThat(policy.costPerMile()).isNull();
        assertThat(policy.journeysPerYear()).isEqualTo(380);
        assertThat(RunManifest.read(manifest("")).proposals()).isEmpty();
    }

    @Test
    void aCostPerMileNeedsItsSourceAndAProposalMustExistAndBeForTheRunsLa() throws IOException {
        Files.writeString(folder.resolve("other.yaml"), "id: other-la\nname: Elsewhere\nlocalAuthority: E09000001\n");
        Path bad = manifest(", \"transport\": {\"costPerMile\": 3}, \"proposals\": [\"missing.yaml\", \"other.yaml\"]");
        assertThatThrownBy(() -> RunManifest.read(bad))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("transport: costPerMile needs the source of the figure")
                .hasMessageContaining("missing.yaml does not exist")
                .hasMessageContaining("other.yaml is for E09000001, not the run's local authority E08000009");
    }
}
