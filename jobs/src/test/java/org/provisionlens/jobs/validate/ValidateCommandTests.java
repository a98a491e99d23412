package org.provisionlens.jobs.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.exit.ExitCode;

class ValidateCommandTests {

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

    private ExitCode validate(Path manifest, String format, Path file, Path quarantineOut) {
        return new ValidateCommand(
                        spark,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new ValidateCommand.Options(manifest, format, file, null, null, quarantineOut));
    }

    @Test
    void validatesTheDemoManifestWithoutPublishing() throws IOException {
        Path quarantine = folder.resolve("q.csv");
        ExitCode status = validate(SparkTestSession.demoManifest(), null, null, quarantine);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(ExitCode.DONE);
        assertThat(printed)
                .containsPattern("schools\\s+trafford-schools-csv\\s+103\\s+103\\s+0")
                .containsPattern("ehcPlansByNeedAndSetting\\s+dfe-ehc-plan-needs-csv\\s+82\\s+82\\s+0")
                .containsPattern("population\\s+ons-lsoa-population-csv\\s+417\\s+417\\s+0")
                .contains("Nothing was published.");
        assertThat(Files.readAllLines(quarantine)).containsExactly("input_name,file,line,pointer,field,value,reason");
    }

    @Test
    void validatesOneFileAndWritesItsQuarantineWithTopReasons() throws IOException {
        Path quarantine = folder.resolve("schools-quarantine.csv");
        ExitCode status = validate(
                null,
                "trafford-schools-csv",
                Path.of("src/test/resources/fixtures/schools-with-problems.csv"),
                quarantine);
        assertThat(status).isEqualTo(ExitCode.DONE_WITH_QUARANTINE);
        String printed = out.toString(StandardCharsets.UTF_8);
        // 7 rows: 3 accepted, 4 quarantined (see CsvInputTests); 10 entries, the most frequent being the two
        // missing names and the two missing URNs (2 each), then one of the single ones in text order
        assertThat(printed).containsPattern("schools-with-problems.csv\\s+trafford-schools-csv\\s+7\\s+3\\s+4");
        assertThat(printed)
                .contains("       2  name: a value is required")
                .contains("       2  unique_reference_number: expected a whole number")
                .contains("       1  (line): blank line");
        List<String> lines = Files.readAllLines(quarantine);
        assertThat(lines).hasSize(1 + 10);
        assertThat(lines)
                .contains("schools-with-problems.csv,schools-with-problems.csv,4,,capacity,lots,"
                        + "\"expected a whole number of 0 or more, or NA for not known\"");
    }

    @Test
    void aMissingFileOrUnknownFormatIsNamed() {
        assertThat(validate(null, "trafford-schools-csv", Path.of("no/such.csv"), null))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("file no/such.csv does not exist");
        assertThat(validate(null, "xlsx", Path.of("pom.xml"), null)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown format 'xlsx'");
    }

    @Test
    void csvFieldsAreQuotedAndFormulasNeutralised() {
        assertThat(ValidationReport.csv("a, b")).isEqualTo("\"a, b\"");
        assertThat(ValidationReport.csv("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(ValidationReport.csv("-2.5")).isEqualTo("-2.5");
        assertThat(ValidationReport.csv(null)).isEmpty();
    }
}
