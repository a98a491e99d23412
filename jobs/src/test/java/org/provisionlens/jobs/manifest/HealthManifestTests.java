package org.provisionlens.jobs.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.jobs.SparkTestSession;

/** The manifest's subIcbLocation and nhsProviders: read, trimmed, and refused with what was expected. */
class HealthManifestTests {

    private static final String LOOKUP =
            "\"lookup\": {\"format\": \"ons-sub-icb-lookup-csv\", \"path\": \"lookup.csv\"}";
    private static final String WAITS =
            "\"waits\": {\"format\": \"nhs-community-waiting-list-csv\", \"path\": \"waits.csv\"}";

    @TempDir
    Path folder;

    private Path manifest(String inputs, String settings) throws IOException {
        for (String file : List.of("schools.csv", "lookup.csv", "waits.csv")) {
            Files.writeString(folder.resolve(file), "x\n");
        }
        return Files.writeString(folder.resolve("manifest.json"), """
                {"name": "x", "localAuthority": "E08000009", "timePeriod": "202425", "icb": "Greater Manchester",
                 "inputs": {"schools": {"format": "trafford-schools-csv", "path": "schools.csv"}%s}%s}
                """.formatted(inputs, settings));
    }

    @Test
    void theDemoNamesTraffordsPlaceAndItsProvider() {
        RunManifest demo = RunManifest.read(SparkTestSession.demoManifest());

        assertThat(demo.subIcbLocation()).isEqualTo("02A");
        assertThat(demo.nhsProviders()).containsExactly("Manchester University NHS Foundation Trust");
        assertThat(demo.inputs(InputFormat.Role.HEALTH_GEOGRAPHY))
                .extracting(InputSpec::name)
                .containsExactly("nhsGeography");
    }

    @Test
    void readsThePlaceAndProvidersTrimmedAndNeitherWhenLeftOut() throws IOException {
        RunManifest manifest = RunManifest.read(manifest(
                ", " + LOOKUP + ", " + WAITS,
                ", \"subIcbLocation\": \" E38000187 \", \"nhsProviders\": [\" Stockport NHS Foundation Trust \"]"));
        RunManifest without = RunManifest.read(manifest("", ""));

        assertThat(manifest.subIcbLocation()).isEqualTo("E38000187");
        assertThat(manifest.nhsProviders()).containsExactly("Stockport NHS Foundation Trust");
        assertThat(without.subIcbLocation()).isNull();
        assertThat(without.nhsProviders()).isEmpty();
    }

    @Test
    void aLookupNeedsThePlaceAndAPlaceNeedsALookup() throws IOException {
        Path noPlace = manifest(", " + LOOKUP, "");
        assertThatThrownBy(() -> RunManifest.read(noPlace))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("missing field subIcbLocation: an input of format ons-sub-icb-lookup-csv needs"
                        + " the sub-ICB location that is the LA's NHS place, by its ONS or NHS code, e.g."
                        + " \"subIcbLocation\": \"02A\" (Trafford's)");

        Path noLookup = manifest("", ", \"subIcbLocation\": \"02A\"");
        assertThatThrownBy(() -> RunManifest.read(noLookup))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("subIcbLocation '02A' needs an input of format ons-sub-icb-lookup-csv (the ONS"
                        + " sub-ICB location to ICB lookup) to find it in");
    }

    @Test
    void everyWrongHealthSettingIsNamedAtOnce() throws IOException {
        Path file = manifest(
                ", " + LOOKUP + ", \"lookup2\": {\"format\": \"ons-sub-icb-lookup-csv\", \"path\": \"lookup.csv\"}",
                ", \"subIcbLocation\": \"Trafford\", \"nhsProviders\": [\"Stockport NHS Foundation Trust\", \" \","
                        + " \"STOCKPORT NHS Foundation Trust\"]");

        assertThatThrownBy(() -> RunManifest.read(file))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("a review run takes at most one input of format ons-sub-icb-lookup-csv; found 2")
                .hasMessageContaining("subIcbLocation 'Trafford' is not a sub-ICB location code; expected its ONS code"
                        + " (E38 and six digits, e.g. E38000187) or its NHS code (e.g. 02A)")
                .hasMessageContaining("nhsProviders needs an input of format nhs-community-waiting-list-csv (the"
                        + " providers' rows are kept from it)")
                .hasMessageContaining("nhsProviders: a blank name; expected provider trusts as the waiting-list file"
                        + " names them, e.g. \"Manchester University NHS Foundation Trust\"")
                .hasMessageContaining("nhsProviders names 'STOCKPORT NHS Foundation Trust' twice");
    }
}
