package org.provisionlens.jobs.sources.oruk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.jobs.sources.oruk.OrukTestFiles.FIXTURES;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed examples are the Open Referral UK profile's own, byte for byte: each copy's SHA-256 is the one of the
 * original in shared/data/oruk-uk-profile/examples (taken with {@code sha256sum}), so no copy can be edited unseen and
 * the check needs no shared folder.
 */
class OrukCopiesTests {

    @Test
    void theCopiedExamplesAreTheProfilesOwn() throws IOException {
        // examples/service_full.json, examples/service_list.json and examples/csv/<name>.csv
        Map<String, String> originals = Map.ofEntries(
                Map.entry("service_full.json", "fff310ca722ef85240f9b0a2f54a13db293ac77b3c262f3152a5824c6e8cdbc8"),
                Map.entry("service_list.json", "5bcba81eb34588d2a23b6309ae0193d90081d86f8ddf3cb2c772d2f61fbd523c"),
                Map.entry(
                        "example-datapackage/address.csv",
                        "cd1f573a5976175bebeefcdce66c9a4090ef9776c97db500070a6fd4a4ac83d5"),
                Map.entry(
                        "example-datapackage/attribute.csv",
                        "49b753d41af72aba52f81bfa572d4ef6f8b994be77b15b7320da0f65883a8dc1"),
                Map.entry(
                        "example-datapackage/contacts.csv",
                        "1d37bae02152bc2620cf2c159207f0dc4423b154f854178e571b8f554283027a"),
                Map.entry(
                        "example-datapackage/cost_options.csv",
                        "72f85f7a20ba237f89b9a8ccbd2925ced8e8590a2dee22ee11c33c28f542a557"),
                Map.entry(
                        "example-datapackage/funding.csv",
                        "8d6b309fc642ddb7372be56fbf1adf056ecb9572f9ca98dcd06b8078fbb9b441"),
                Map.entry(
                        "example-datapackage/locations.csv",
                        "3b620028720198aafa1f3d28547d531d0ae9256191bf862d972044347329e1a3"),
                Map.entry(
                        "example-datapackage/organizations.csv",
                        "8697d719b30064d2581288aa35221127756168d5a8a73aed61e072774d0d3b13"),
                Map.entry(
                        "example-datapackage/phones.csv",
                        "4b87109c2906effa133ff8b5d388a61e9990cfbf585fc28c5cd8bd65df7d3d28"),
                Map.entry(
                        "example-datapackage/service_areas.csv",
                        "615b24e96686e8d6994fc5ae45f4ced3a520c22ab47db36c9f7a9f769b3ba69f"),
                Map.entry(
                        "example-datapackage/service_at_location.csv",
                        "09141ce9ae41b45106e81a5c86950a1185be6e3e57bc42825e5d9effa291e378"),
                Map.entry(
                        "example-datapackage/services.csv",
                        "0b564ea40a2c0e04c1c354ddf0814e4370413f2e130363e2ef3fbb56399a0343"),
                Map.entry(
                        "example-datapackage/taxonomy_terms.csv",
                        "b03bce337301eb94d1314110291e5b531e75d87128ea7eb8f8bbcd57365d941d"));

        Map<String, String> copies = new TreeMap<>();
        copies.put("service_full.json", sha256(FIXTURES.resolve("service_full.json")));
        copies.put("service_list.json", sha256(FIXTURES.resolve("service_list.json")));
        try (Stream<Path> files = Files.list(FIXTURES.resolve("example-datapackage"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                copies.put("example-datapackage/" + file.getFileName(), sha256(file));
            }
        }
        assertThat(copies).isEqualTo(new TreeMap<>(originals));
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
