package org.provisionlens.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.conform.HealthGeography;
import org.provisionlens.jobs.ingest.CheckedInput;
import org.provisionlens.jobs.manifest.ManifestException;
import org.provisionlens.jobs.manifest.RunManifest;
import org.provisionlens.jobs.sources.SubIcbLookupTable;

/** The manifest's subIcbLocation found in the real ONS lookup, and refused when absent or in another ICB. */
class HealthPlaceTests {

    private static final Path LOOKUP =
            Path.of("demo-data/nhs/sub_icb_to_icb_lookup_2022.csv").toAbsolutePath();

    private static SparkSession spark;

    @TempDir
    Path folder;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private HealthGeography place(String settings) throws IOException {
        Files.writeString(folder.resolve("schools.csv"), "name\n");
        RunManifest manifest =
                RunManifest.read(Files.writeString(folder.resolve("manifest.json"), """
                {"name": "x", "localAuthority": "E08000009", "timePeriod": "202425",
                 "inputs": {"schools": {"format": "trafford-schools-csv", "path": "schools.csv"},
                            "nhsGeography": {"format": "ons-sub-icb-lookup-csv", "path": "%s"}}, %s}
                """.formatted(LOOKUP, settings)));
        Map<String, CheckedInput> checked =
                Map.of("nhsGeography", SubIcbLookupTable.read(spark, manifest.input("nhsGeography")));
        return HealthPlace.of(manifest, checked);
    }

    @Test
    void findsThePlaceByEitherCodeInItsIcb() throws IOException {
        HealthGeography byNhsCode = place("\"icb\": \"NHS Greater Manchester ICB\", \"subIcbLocation\": \"02A\"");
        HealthGeography byOnsCode = place("\"icb\": \"Greater Manchester\", \"subIcbLocation\": \"e38000187\"");

        // line 56 of the lookup: E38000187, 02A, in E54000057 NHS Greater Manchester Integrated Care Board
        assertThat(byNhsCode.place().code()).isEqualTo("E38000187");
        assertThat(byNhsCode.place().icbName()).isEqualTo("NHS Greater Manchester Integrated Care Board");
        assertThat(byNhsCode.locations()).hasSize(106);
        assertThat(byOnsCode.place()).isEqualTo(byNhsCode.place());
        // without an icb there is nothing to check the place against
        assertThat(place("\"subIcbLocation\": \"01F\"").place().icbName())
                .isEqualTo("NHS Cheshire and Merseyside Integrated Care Board");
    }

    @Test
    void aPlaceTheLookupDoesNotHoldIsAManifestErrorNamingTheIcbsPlaces() {
        assertThatThrownBy(() -> place("\"icb\": \"Greater Manchester\", \"subIcbLocation\": \"02Z\""))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("subIcbLocation '02Z' is not a sub-ICB location of input 'nhsGeography' ("
                        + LOOKUP + "); expected its ONS code or NHS code as the lookup gives them, the places of"
                        + " Greater Manchester are [00T, 00V, 01D, 00Y, 01G, 01W, 02A, 02H, 14L, 01Y]");
    }

    @Test
    void aPlaceInAnotherIcbIsAManifestError() {
        assertThatThrownBy(() -> place("\"icb\": \"Cheshire and Merseyside\", \"subIcbLocation\": \"02A\""))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("subIcbLocation 02A (NHS Greater Manchester ICB - 02A, E38000187) is in NHS"
                        + " Greater Manchester Integrated Care Board, not in the manifest's icb 'Cheshire and"
                        + " Merseyside'; name the ICB the place is in, or the LA's own place (the places of Cheshire"
                        + " and Merseyside are [01F, 01J, 99A, 01T, 01V, 01X, 02E, 12F, 27D])");
    }
}
