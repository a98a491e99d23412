package org.provisionlens.jobs.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.core.provision.ProvisionKind;
import org.provisionlens.core.sufficiency.PlacementCosts;
import org.provisionlens.jobs.SparkTestSession;

class RunManifestTests {

    @TempDir
    Path folder;

    private Path manifest(String json) throws IOException {
        Files.writeString(folder.resolve("schools.csv"), "name\n");
        Files.writeString(folder.resolve("plans.csv"), "time_period\n");
        Files.writeString(folder.resolve("population.csv"), "period\n");
        return Files.writeString(folder.resolve("manifest.json"), json);
    }

    private static final String INPUTS = """
            "inputs": {
              "schools": {"format": "trafford-schools-csv", "path": "schools.csv"},
              "ehcPlansByNeedAndSetting": {"format": "dfe-ehc-plan-needs-csv", "path": "plans.csv"},
              "population": {"format": "ons-lsoa-population-csv", "path": "population.csv"}
            }""";

    @Test
    void readsTheDemoManifestWithPathsRelativeToItsFolder() {
        RunManifest manifest = RunManifest.read(SparkTestSession.demoManifest());
        assertThat(manifest.localAuthority()).isEqualTo("E08000009");
        assertThat(manifest.timePeriod()).isEqualTo("202425");
        assertThat(manifest.input("schools").path())
                .isEqualTo(SparkTestSession.demoManifest()
                        .getParent()
                        .resolve("trafford/trafford_schools_and_colleges.csv"));
    }

    @Test
    void placementCostsHaveNoDefaultAndNeedTheirSource() throws IOException {
        // the demo names none: a placement outside whose service gives no cost per place is "no data"
        assertThat(RunManifest.read(SparkTestSession.demoManifest()).placementCosts())
                .isEqualTo(PlacementCosts.none());
        Path given = manifest("{\"name\": \"x\", \"localAuthority\": \"E08000009\", \"timePeriod\": \"202425\","
                + " \"placementCosts\": {\"INDEPENDENT_SPECIAL_SCHOOL\": {\"perPlacePerYear\": 61000, \"source\":"
                + " \"our 2025 contracts\"}}, " + INPUTS + "}");
        assertThat(RunManifest.read(given).placementCosts().defaults())
                .containsExactly(Map.entry(
                        ProvisionKind.INDEPENDENT_SPECIAL_SCHOOL,
                        new PlacementCosts.Default(new BigDecimal("61000"), "our 2025 contracts")));
        Path unsourced = manifest("{\"name\": \"x\", \"localAuthority\": \"E08000009\", \"timePeriod\":"
                + " \"202425\", \"placementCosts\": {\"SPECIAL_SCHOOL\": {\"perPlacePerYear\": 1},"
                + " \"SEN_UNIT\": {\"perPlacePerYear\": 1}}, " + INPUTS + "}");
        assertThatThrownBy(() -> RunManifest.read(unsourced))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("placementCosts: 'SPECIAL_SCHOOL' is not a kind of provision")
                .hasMessageContaining("placementCosts.SEN_UNIT needs perPlacePerYear (pounds, 0 or more) and the"
                        + " source of the figure");
    }

    @Test
    void anUnknownFieldStopsTheRunNamingTheField() throws IOException {
        Path file = manifest("{\"name\": \"x\", \"localAuthority\": \"E08000009\", \"timePeriod\": \"202425\","
                + " \"colour\": \"blue\", " + INPUTS + "}");
        assertThatThrownBy(() -> RunManifest.read(file))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("unknown field 'colour'")
                .hasMessageContaining(file.toString());
    }

    @Test
    void aMissingFileStopsTheRunNamingTheFile() throws IOException {
        Path file = manifest("{\"name\": \"x\", \"localAuthority\": \"E08000009\", \"timePeriod\": \"202425\", "
                + INPUTS.replace("plans.csv", "no-such-file.csv") + "}");
        assertThatThrownBy(() -> RunManifest.read(file))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("input 'ehcPlansByNeedAndSetting': file " + folder.resolve("no-such-file.csv")
                        + " does not exist");
    }

    @Test
    void listsEveryProblemAtOnce() throws IOException {
        Path file = manifest("{\"name\": \"x\", \"localAuthority\": \"Trafford\", \"timePeriod\": \"202425\","
                + " \"inputs\": {\"schools\": {\"format\": \"gias-xlsx\", \"path\": \"schools.csv\"},"
                + " \"comments\": {\"format\": \"csv\", \"path\": \"schools.csv\"}}}");
        assertThatThrownBy(() -> RunManifest.read(file))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("localAuthority 'Trafford' is not an English LA GSS code")
                .hasMessageContaining("input 'schools' has format 'gias-xlsx'; expected one of [trafford-schools-csv,"
                        + " gias-extract-csv,")
                .hasMessageContaining("input 'comments' has format 'csv'");
    }

    @Test
    void aReviewRunNeedsOneInputOfEachRoleItUses() throws IOException {
        Path file = manifest("{\"name\": \"x\", \"localAuthority\": \"E08000009\", \"timePeriod\": \"202425\","
                + " \"inputs\": {\"schools\": {\"format\": \"trafford-schools-csv\", \"path\": \"schools.csv\"}}}");
        RunManifest manifest = RunManifest.read(file);
        assertThat(manifest.requireOne(InputFormat.Role.SCHOOLS).name()).isEqualTo("schools");
        assertThatThrownBy(() -> manifest.requireOne(InputFormat.Role.POPULATION))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("a review run needs exactly one population input (format"
                        + " ons-lsoa-population-csv, ons-la-population-csv); found 0");
    }

    @Test
    void urlFeedsNeedAUrlAndFilesAPath() throws IOException {
        Path file = manifest("{\"name\": \"x\", \"localAuthority\": \"E08000009\", \"timePeriod\": \"202425\","
                + " \"inputs\": {\"feed\": {\"format\": \"oruk-api\", \"path\": \"schools.csv\"},"
                + " \"gias\": {\"format\": \"gias-extract-csv\", \"url\": \"http://example.org\"},"
                + " \"odd\": {\"format\": \"service-csv\", \"path\": \"schools.csv\", \"encoding\": \"klingon\"}}}");
        assertThatThrownBy(() -> RunManifest.read(file))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("input 'feed' (format oruk-api) needs a url and no path")
                .hasMessageContaining("input 'gias' (format gias-extract-csv) needs a path and no url")
                .hasMessageContaining("input 'odd' has encoding 'klingon'");
    }

    @Test
    void aManifestThatDoesNotExistIsNamed() {
        assertThatThrownBy(() -> RunManifest.read(folder.resolve("nope.json")))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("nope.json does not exist");
    }
}
