package org.provisionlens.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generator calibrates on the copy of the public files bundled with the project, so that {@code generate} and its
 * tests work from a clone on its own; the copies are the published files byte for byte.
 */
class CalibrationDataTests {

    /** SHA-256 of each bundled file, as published (the same bytes as in shared/data). */
    private static final Map<String, String> PUBLISHED = Map.of(
            "dfe-ehc-plans-2025/sen_needs_all_plans.csv",
                    "4b4c3e76916eed18d79a0470c0d94956150a50d46def5874629908487e0648ef",
            "geography/lsoa_E06000063.geojson", "f0bf5dc3f6eaf22bfd380b82f23a51cf8c16e7048b48099e785a5df6602fe0cb",
            "geography/lsoa_E06000064.geojson", "2684276d9d8b5070ee89eae43f9306b56d6ffb25fee289ed3365073832c5840a",
            "geography/lsoa_E08000009.geojson", "3be36e34d5615e62de543651c4316a6c738dda004c8658e2a3beb0d769deb1b4",
            "geography/lsoa_latlong.csv", "8cc96353d8dd3cbc8b70b82e3b620bb61d65a6ee0cb4123b3bf120a01873332f",
            "names/ons_baby_names_2024_england_wales.csv",
                    "145100e37ede3e092d0547cff11aa321edc94bf7acfc45a961d998fbade981f9",
            "trafford/mid-year_2024_population_estimates_local_authority.csv",
                    "f2aaba9a1b5227aef704b52846d8747589859e64d1de48f88fb9a7d74770803b",
            "trafford/mid-year_2024_population_estimates_lsoa.csv",
                    "bf05ce6284fb338acb0098f02a9efd013aa235688c18d352e67791ab9672b478",
            "trafford/trafford_schools_and_colleges.csv",
                    "352e17b4aab0266610a45e3e5de19f8120881a4d440fe582ab4e29676a6d2df6");

    @Test
    void generatorFindsTheBundledCopyBeforeAnySharedFolder() {
        assertThat(GenerateOptions.findData())
                .isEqualTo(Path.of("calibration-data").toAbsolutePath());
    }

    @Test
    void bundledFilesAreThePublishedOnesByteForByte() throws IOException, NoSuchAlgorithmException {
        Path data = GenerateOptions.findData();
        for (Map.Entry<String, String> file : PUBLISHED.entrySet()) {
            byte[] bytes = Files.readAllBytes(data.resolve(file.getKey()));
            String sha256 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(sha256).as(file.getKey()).isEqualTo(file.getValue());
        }
    }
}
