package org.provisionlens.jobs.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.jobs.Launch;
import org.provisionlens.jobs.ProvisionLensJobs;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.ingest.FileLimits;
import org.provisionlens.jobs.manifest.ManifestLimits;

/**
 * Broken and oversized files through the real entry point ({@code validate}), as a council would meet them: the
 * message on standard error names the file and what was expected, and the exit status says bad input (2) or done with
 * quarantine (3). Each size limit the README documents is set here by its system property and refuses a file.
 */
class LimitsCommandTests {

    private static SparkSession spark;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @AfterEach
    void clearLimits() {
        System.clearProperty(FileLimits.STREAMED_PROPERTY);
        System.clearProperty(FileLimits.IN_MEMORY_PROPERTY);
        System.clearProperty(ManifestLimits.PROPERTY);
    }

    private int execute(String... args) {
        return ProvisionLensJobs.execute(
                new Launch(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Map.of(),
                        folder),
                args);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The demo's schools file cut to its header and two schools. */
    private Path schools(String name, String firstName) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("demo-data/trafford/trafford_schools_and_colleges.csv"));
        String second = firstName + lines.get(1).substring(lines.get(1).indexOf(','));
        return Files.writeString(folder.resolve(name), String.join("\n", lines.get(0), second, lines.get(2)) + "\n");
    }

    @Test
    void aHeaderNamingAColumnTwiceIsBadInputNamingTheFileAndTheColumn() throws IOException {
        Path file = schools("schools.csv", "St John Vianney School");
        Files.writeString(file, Files.readString(file).replaceFirst("gender", "type"));

        int status = execute("validate", "--format", "trafford-schools-csv", "--file", file.toString());

        assertThat(status).as(errors()).isEqualTo(2);
        assertThat(errors())
                .contains(file.toAbsolutePath().toString())
                .contains("the header names the column(s) [type] more than once; expected each column once");
    }

    @Test
    void aFiveMegabyteNameIsQuarantinedWithItsLengthAndOnlyItsStartKept() throws IOException {
        Path file = schools("huge-name.csv", "x".repeat(5 * 1024 * 1024));
        Path quarantine = folder.resolve("quarantine.csv");

        int status = execute(
                "validate",
                "--format",
                "trafford-schools-csv",
                "--file",
                file.toString(),
                "--quarantine-out",
                quarantine.toString());

        assertThat(status).as(errors()).isEqualTo(3);
        // 2 schools: the second accepted, the first quarantined for its name alone
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("huge-name.csv\\s+trafford-schools-csv\\s+2\\s+1\\s+1");
        List<String> rows = Files.readAllLines(quarantine);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1))
                .startsWith("huge-name.csv,huge-name.csv,2,,name,")
                .contains("x".repeat(100) + "… (5,242,880 characters)")
                .contains("name is 5,242,880 characters long; at most 1,000 are accepted (is the file broken?)");
    }

    @Test
    void aCsvOverTheFileLimitIsRefusedBeforeItIsRead() throws IOException {
        Path file = schools("schools.csv", "St John Vianney School");
        long size = Files.size(file);
        System.setProperty(FileLimits.STREAMED_PROPERTY, "100");

        int status = execute("validate", "--format", "trafford-schools-csv", "--file", file.toString());

        assertThat(status).as(errors()).isEqualTo(2);
        assertThat(errors())
                .contains(file.toAbsolutePath() + ") is " + String.format("%,d", size)
                        + " bytes; at most 100 are read (set the system property provision-lens.max-file-bytes to"
                        + " raise the limit)");
    }

    @Test
    void aJsonFileOverTheInMemoryLimitIsRefusedBeforeItIsRead() throws IOException {
        Path file = Files.writeString(
                folder.resolve("comments.json"),
                "[{\"id\": \"c1\", \"respondent_type\": \"parent\", \"text\": \"" + "a".repeat(2_000) + "\"}]");
        System.setProperty(FileLimits.IN_MEMORY_PROPERTY, "1000");

        int status = execute("validate", "--format", "comments-json", "--file", file.toString());

        assertThat(status).as(errors()).isEqualTo(2);
        // 2,055 bytes: 55 of JSON around the 2,000 letters (written as ASCII)
        assertThat(errors())
                .contains(file.toAbsolutePath() + ") is 2,055 bytes; at most 1,000 are read (set the system property"
                        + " provision-lens.max-in-memory-file-bytes to raise the limit)");
    }

    @Test
    void aManifestOverItsLimitIsRefused() throws IOException {
        Path manifest = Files.writeString(folder.resolve("review.json"), "{\"name\": \"" + "n".repeat(300) + "\"}");
        System.setProperty(ManifestLimits.PROPERTY, "200");

        int status = execute("validate", manifest.toString());

        assertThat(status).as(errors()).isEqualTo(2);
        assertThat(errors())
                .contains(manifest + " is 312 bytes; a manifest of at most 200 is read (set the system property"
                        + " provision-lens.max-manifest-bytes to raise the limit)");
    }
}
