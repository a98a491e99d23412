package org.provisionlens.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.sources.SchoolListing;

class CsvInputTests {

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

    private static InputSpec schools(Path path) {
        return new InputSpec("schools", SchoolListing.FORMAT, path);
    }

    @Test
    void quarantinesEveryWrongFieldWithItsLineAndReasonAndLosesNothing() {
        IngestedInput input =
                SchoolListing.ingest(spark, schools(Path.of("src/test/resources/fixtures/schools-with-problems.csv")));

        // 7 lines after the header: 3 good rows (lines 2, 3 and 8), 4 with problems (lines 4, 5, 6 and 7)
        assertThat(input.rowsRead()).isEqualTo(7);
        assertThat(input.rowsAccepted()).isEqualTo(3);
        assertThat(input.rowsQuarantined()).isEqualTo(4);
        List<String> quarantine = input.quarantine().orderBy("line", "field").collectAsList().stream()
                .map(row -> row.getLong(2) + " " + row.getString(3) + " [" + row.getString(4) + "] " + row.getString(5))
                .toList();
        assertThat(quarantine)
                .containsExactly(
                        "4 capacity [lots] expected a whole number of 0 or more, or NA for not known",
                        "5 highest_admission_age [11] expected the highest admission age to be at least the lowest",
                        "6 (line) [] blank line",
                        "6 local_authority_code [null] expected a whole number",
                        "6 name [null] a value is required",
                        "6 type [null] a value is required",
                        "6 unique_reference_number [null] expected a whole number",
                        "7 lon [west] expected a decimal number, or NA for not known",
                        "7 name [null] a value is required",
                        "7 unique_reference_number [null] expected a whole number");
        assertThat(input.quarantine().select("file").distinct().first().getString(0))
                .isEqualTo("schools-with-problems.csv");
    }

    @Test
    void acceptedRowsKeepQuotedCommasAndUnknownCapacityStaysUnknown() {
        IngestedInput input =
                SchoolListing.ingest(spark, schools(Path.of("src/test/resources/fixtures/schools-with-problems.csv")));
        List<Row> accepted = input.accepted().orderBy(CsvInput.LINE).collectAsList();
        assertThat(accepted)
                .extracting(row -> row.<String>getAs("name"))
                .containsExactly("Brentwood School", "Egerton High School", "Quoted, With Comma School");
        var establishments = SchoolListing.establishments(SchoolListing.inArea(input, "358"));
        assertThat(establishments).hasSize(2);
        assertThat(establishments.get(1).capacity()).isNull();
    }

    @Test
    void aMissingRequiredColumnStopsTheRunNamingFileAndColumn() throws IOException {
        Path file = Files.writeString(folder.resolve("schools.csv"), "\uFEFFname,type\nA school,Special schools\n");
        assertThatThrownBy(() -> SchoolListing.ingest(spark, schools(file)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("input 'schools' (" + file + ") is missing the column(s) [local_authority_code,"
                        + " establishment_number, unique_reference_number");
    }

    @Test
    void anEmptyFileStopsTheRun() throws IOException {
        Path file = Files.writeString(folder.resolve("empty.csv"), "");
        assertThatThrownBy(() -> SchoolListing.ingest(spark, schools(file)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("is empty; expected a header line");
    }

    @Test
    void numbersLinesAcrossManyPartitionsAsInTheFile() throws IOException {
        StringBuilder text = new StringBuilder("n\n");
        for (int i = 2; i <= 20_000; i++) {
            text.append("row ").append(i).append('\n');
        }
        Path file = Files.writeString(folder.resolve("many.csv"), text.toString());
        String before = spark.conf().get("spark.sql.files.maxPartitionBytes");
        spark.conf().set("spark.sql.files.maxPartitionBytes", "8192");
        try {
            var lines = CsvInput.numberedLines(spark, file);
            assertThat(lines.rdd().getNumPartitions()).isGreaterThan(10);
            // every line's number is the one in its text ("row 1234" is line 1234), and none is missing
            assertThat(lines.filter("_line > 1 AND _text <> concat('row ', _line)")
                            .count())
                    .isZero();
            assertThat(lines.count()).isEqualTo(20_000);
            assertThat(lines.agg(org.apache.spark.sql.functions.max("_line"))
                            .first()
                            .getLong(0))
                    .isEqualTo(20_000);
        } finally {
            spark.conf().set("spark.sql.files.maxPartitionBytes", before);
        }
    }

    @Test
    void aFileInTheWrongEncodingStopsTheRunNamingTheLine() throws IOException {
        byte[] latin = "name,type\nCaf\u00e9 School,Special schools\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Path file = Files.write(folder.resolve("cp1252.csv"), latin);
        assertThatThrownBy(() -> InputFile.prepare(schools(file), java.nio.charset.StandardCharsets.UTF_8, folder))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("is not valid UTF-8 text (first bad byte on line 2)");
        InputFile decoded = InputFile.prepare(schools(file), java.nio.charset.Charset.forName("windows-1252"), folder);
        assertThat(Files.readString(decoded.readablePath())).contains("Caf\u00e9 School");
        // the hash is of the original bytes, so it identifies the file as delivered
        assertThat(decoded.sha256()).hasSize(64);
    }
}
