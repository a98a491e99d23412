package org.provisionlens.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Released migrations never change: a database kept in ./var/pg has applied them, and Flyway refuses to start when a
 * file's checksum differs from the one it recorded. Every migration's bytes (SHA-256) and Flyway's own checksum are
 * pinned here as they were released; a change goes in a new migration, whose checksums are then pinned too.
 */
class MigrationChecksumTests {

    private static final Path MIGRATIONS = Path.of("migrations");
    private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    /** SHA-256 of each migration file's bytes, by version. */
    private static final Map<String, String> SHA256 = Map.ofEntries(
            Map.entry("1", "bd66511a71e69bc3330443c8c0ae1b6e803878ceba839fa7ca1cc570ac0dab39"),
            Map.entry("2", "bd81e2050ffd67200e9ac96c97d6beb95444e20eb19cd8293094891664c0bdd0"),
            Map.entry("3", "977b5b218e866869452eaaceea1c01dd258de3b3f26714534df41017481cb736"),
            Map.entry("4", "c8f6ebf54f69c1ee79a9160cf3db67de5fe502d1fdfbe06cdc8411fc4db1cfc3"),
            Map.entry("5", "d3d3773fb723b069056a83fb2785dfbaaad2946fa42b34e654ed296eb724837f"),
            Map.entry("6", "57f91a9f4c7c34a1bf2e54e6583d793fdd2572a924454642a50f467098b3598c"),
            Map.entry("7", "95771e13350114ae39fc6a8b47cb7ef7c3194bb4176ced4b757a859550e94f10"),
            Map.entry("8", "713dcccdb0b76852b83583e5e6a36710faae50c05f372d42ed84be93466bc5b3"),
            Map.entry("9", "e6ce8301f0aacc652447e64281d5a7a075e814446e0c0755b002eb0f92d7b7d8"),
            Map.entry("10", "e52d47da10b67e1f3fbb902c3db0e76bfdfcc06423d73cac04f4b108b3b08118"),
            Map.entry("11", "c40c15524b483825c12ffdfe40ff6eac74fabbcb7325bd9a3d247e72c5758f99"),
            Map.entry("12", "5a9dc12707c74240ed8af34d583beca3244ad68e4f2af5db4e2f333132e03c1a"),
            Map.entry("13", "af665e5d7b69b21cf8dcbb1f0a15e5b553639e99723aa59f96b10abe7716e80d"),
            Map.entry("14", "66a29abafc7e042aec9db456f0770aa92b6505becbb464012af78e4b3e51f75e"),
            Map.entry("15", "03c0a7dd6c1400fc22034f16369e466accb77beee856112d9c46db6350ae9151"),
            Map.entry("16", "9ce155656d4fdaa886f86dcf3b8173dc16fddb48049ff1bafba40cd70eb45c32"));

    /** The checksum Flyway records in flyway_schema_history for each version (and compares on every start). */
    private static final Map<String, Integer> FLYWAY = Map.ofEntries(
            Map.entry("1", 988530104),
            Map.entry("2", 1890159252),
            Map.entry("3", 1587447100),
            Map.entry("4", -2081594329),
            Map.entry("5", 1002860306),
            Map.entry("6", -1494480017),
            Map.entry("7", -1209472816),
            Map.entry("8", -855719688),
            Map.entry("9", -848942440),
            Map.entry("10", -2071721560),
            Map.entry("11", 1484211586),
            Map.entry("12", 715308568),
            Map.entry("13", 877984214),
            Map.entry("14", 403459756),
            Map.entry("15", 1826730233),
            Map.entry("16", 76564143));

    @Test
    void noReleasedMigrationHasChanged() {
        migrationFiles().forEach((version, file) -> {
            if (SHA256.containsKey(version)) {
                assertThat(sha256(file))
                        .as("V%s changed after release; put the change in a new migration (%s)", version, file)
                        .isEqualTo(SHA256.get(version));
            }
        });
    }

    @Test
    void everyMigrationHasItsChecksumPinned() {
        migrationFiles()
                .forEach((version, file) -> assertThat(SHA256)
                        .as(
                                "%s has no pinned checksum: add \"%s\", \"%s\" to SHA256 and its Flyway checksum to FLYWAY in"
                                        + " MigrationChecksumTests",
                                file, version, sha256(file))
                        .containsKey(version));
        assertThat(migrationFiles().keySet())
                .as("every pinned migration is still there")
                .containsAll(SHA256.keySet());
    }

    @Test
    void flywayRecordedThePinnedChecksums() {
        Statements sql = new Statements(TestDatabases.shared().dataSource());
        Map<String, Integer> recorded = new TreeMap<>();
        for (String version : migrationFiles().keySet()) {
            recorded.put(
                    version,
                    Integer.valueOf(sql.column(
                                    "SELECT checksum FROM flyway_schema_history WHERE version = ? AND success", version)
                            .get(0)));
        }
        assertThat(recorded)
                .as("Flyway's checksums by version: pin a new one in FLYWAY; a pinned one that differs is a migration"
                        + " changed after release: put the change in a new migration")
                .isEqualTo(new TreeMap<>(FLYWAY));
    }

    /** The migration files by version, in version order; a file named any other way fails the test. */
    private static Map<String, Path> migrationFiles() {
        Map<String, Path> files = new TreeMap<>((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        try (Stream<Path> listing = Files.list(MIGRATIONS)) {
            for (Path file : listing.sorted().toList()) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                assertThat(name.matches())
                        .as("%s is named V<n>__<what>.sql", file)
                        .isTrue();
                assertThat(files.put(name.group(1), file))
                        .as("one migration per version: V%s", name.group(1))
                        .isNull();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
