package org.provisionlens.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LocalRelation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.sources.SchoolListing;
import org.provisionlens.jobs.sources.ServiceCsv;

/**
 * A small file is read and checked in the driver (a local relation, no Spark job per file); a large one with Spark's
 * file reader. Both ways give the same rows, the same counts and the same quarantine, reasons and all.
 */
class DriverReadTests {

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

    /** Does {@code read} with every file read by Spark's file reader (the way of a file above the limit). */
    static <T> T withSpark(Supplier<T> read) {
        System.setProperty(CsvInput.DRIVER_READ_PROPERTY, "0");
        try {
            return read.get();
        } finally {
            System.clearProperty(CsvInput.DRIVER_READ_PROPERTY);
        }
    }

    private static List<String> described(IngestedInput input) {
        return input.quarantineEntries().stream()
                .map(q -> q.line() + " " + q.field() + " [" + q.value() + "] " + q.reason())
                .toList();
    }

    private static List<Row> accepted(IngestedInput input) {
        return input.accepted().orderBy(CsvInput.LINE).collectAsList();
    }

    @Test
    void aSmallFileReadInTheDriverGivesWhatSparkGivesWithoutAJob() {
        InputSpec spec = new InputSpec(
                "schools", SchoolListing.FORMAT, Path.of("src/test/resources/fixtures/schools-with-problems.csv"));
        IngestedInput inDriver = SchoolListing.ingest(spark, spec);
        IngestedInput bySpark = withSpark(() -> SchoolListing.ingest(spark, spec));

        // 7 lines after the header: 3 good rows (lines 2, 3 and 8), 4 with problems (lines 4, 5, 6 and 7)
        for (IngestedInput input : List.of(inDriver, bySpark)) {
            assertThat(input.rowsRead()).isEqualTo(7);
            assertThat(input.rowsAccepted()).isEqualTo(3);
            assertThat(input.rowsQuarantined()).isEqualTo(4);
            assertThat(described(input))
                    .containsExactly(
                            "4 capacity [lots] expected a whole number of 0 or more, or NA for not known",
                            "5 highest_admission_age [11] expected the highest admission age to be at least the"
                                    + " lowest",
                            "6 (line) [] blank line",
                            "6 local_authority_code [null] expected a whole number",
                            "6 name [null] a value is required",
                            "6 type [null] a value is required",
                            "6 unique_reference_number [null] expected a whole number",
                            "7 lon [west] expected a decimal number, or NA for not known",
                            "7 name [null] a value is required",
                            "7 unique_reference_number [null] expected a whole number");
            assertThat(input.quarantine().count()).isEqualTo(10);
        }
        assertThat(inDriver.sha256()).isEqualTo(bySpark.sha256());
        assertThat(inDriver.accepted().schema()).isEqualTo(bySpark.accepted().schema());
        assertThat(accepted(inDriver)).isEqualTo(accepted(bySpark));
        assertThat(accepted(inDriver))
                .extracting(row -> row.<Long>getAs(CsvInput.LINE) + " " + row.<String>getAs("name"))
                .containsExactly("2 Brentwood School", "3 Egerton High School", "8 Quoted, With Comma School");
        // the quarantine Dataset holds the same rows as the list
        assertThat(inDriver.quarantine().orderBy("line", "field").collectAsList())
                .isEqualTo(bySpark.quarantine().orderBy("line", "field").collectAsList());

        // read in the driver: the accepted rows are a local relation, so Spark plans a projection of them without a job
        assertThat(inDriver.accepted().select("name").queryExecution().optimizedPlan())
                .isInstanceOf(LocalRelation.class);
        assertThat(bySpark.accepted().queryExecution().optimizedPlan()).isNotInstanceOf(LocalRelation.class);
        assertThat(inDriver.quarantineInDriver()).hasSize(10);
        assertThat(bySpark.quarantineInDriver()).isNull();
    }

    @Test
    void aCheckAcrossRowsQuarantinesTheSameDuplicatesBothWays() throws IOException {
        // the service template's id must be unique (a window over the file): lines 3 and 4 repeat line 2's id
        List<String> lines = Files.readAllLines(Path.of("demo-data/generated/services.csv"));
        String header = lines.get(0);
        String first = lines.get(1);
        String id = first.substring(0, first.indexOf(','));
        Path file = Files.writeString(
                folder.resolve("services.csv"),
                String.join("\n", header, first, first, lines.get(2).replaceFirst("^[^,]*", id), "") + "\n");
        InputSpec spec = new InputSpec("services", ServiceCsv.FORMAT, file);

        var inDriver = ServiceCsv.read(spark, spec);
        var bySpark = withSpark(() -> ServiceCsv.read(spark, spec));

        // 4 lines after the header (the last blank): line 2 is the first of its id, lines 3 and 4 repeat it
        for (var result : List.of(inDriver, bySpark)) {
            assertThat(result.rowsRead()).isEqualTo(4);
            assertThat(result.rowsAccepted()).isEqualTo(1);
            assertThat(result.rowsQuarantined()).isEqualTo(3);
            assertThat(result.quarantine().stream()
                            .filter(q -> !q.field().equals("service_id") || q.line() < 5)
                            .filter(q -> q.line() < 5 || q.field().equals("(line)"))
                            .map(q -> q.line() + " " + q.field() + ": " + q.reason()))
                    .containsExactly(
                            "3 service_id: duplicate service_id (first on line 2)",
                            "4 service_id: duplicate service_id (first on line 2)",
                            "5 (line): blank line");
        }
        assertThat(inDriver.quarantine()).isEqualTo(bySpark.quarantine());
        assertThat(inDriver.accepted()).isEqualTo(bySpark.accepted());
    }

    @Test
    void linesEndAtNewlinesCarriageReturnsOrBothAsInSpark() throws IOException {
        Path file = Files.writeString(folder.resolve("endings.csv"), "n\r\nrow 2\rrow 3\nrow 4\r\n\nrow 6");
        InputSpec spec = new InputSpec("endings", SchoolListing.FORMAT, file);
        List<String> inDriver = CsvInput.linesInDriver(spark, spec, file).collectAsList().stream()
                .map(row -> row.getAs(CsvInput.LINE) + ":" + row.getString(0))
                .toList();
        List<String> bySpark = CsvInput.numberedLines(spark, file).orderBy(CsvInput.LINE).collectAsList().stream()
                .map(row -> row.getAs(CsvInput.LINE) + ":" + row.<String>getAs("_text"))
                .toList();
        assertThat(inDriver).containsExactly("1:n", "2:row 2", "3:row 3", "4:row 4", "5:", "6:row 6");
        assertThat(bySpark).isEqualTo(inDriver);
    }
}
