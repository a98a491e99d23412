package org.provisionlens.jobs.sources.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.core.geography.LsoaCentroid;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.manifest.InputSpec;

class LsoaCentroidsTests {

    /**
     * Ten lines of ONS's UK centroid file (shared/data/geography/lsoa_latlong.csv, 48,425 lines), kept byte for byte:
     * the header, lines 2, 4062, 5161, 6805, 6806, 35681, 39461, 46437 and 48425 (see the ATTRIBUTION beside it).
     */
    private static final Path CENTROIDS = Path.of("src/test/resources/public-data/geography/lsoa_latlong_sample.csv");

    private static SparkSession spark;

    @TempDir
    static Path folder;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static InputSpec spec(Path path) {
        return new InputSpec("centroids", LsoaCentroids.FORMAT, path);
    }

    @Test
    void readsRealCentroidsOfEveryUkNation() {
        IngestedInput table = LsoaCentroids.ingest(spark, spec(CENTROIDS));

        // 10 lines: the header and 9 areas (Northern Ireland's old and new codes, England, Scotland, Wales)
        assertThat(table.rowsRead()).isEqualTo(9);
        assertThat(table.rowsQuarantined()).isZero();
        assertThat(LsoaCentroids.centroids(table, null))
                .extracting(LsoaCentroid::code)
                .containsExactly(
                        "95AA01S1",
                        "E01003240",
                        "E01004378",
                        "E01006074",
                        "E01006075",
                        "N20000001",
                        "S01006506",
                        "W01000001",
                        "W01002040");
        // lines 6805 and 6806 of the UK file
        assertThat(LsoaCentroids.centroids(table, Set.of("E01006075", "E01006074")))
                .containsExactly(
                        new LsoaCentroid("E01006074", null, 53.39027646665983, -2.3776238562186487),
                        new LsoaCentroid("E01006075", null, 53.38963228631833, -2.3546674510926473));
        // lines 4062 and 5161: longitudes next to the Greenwich meridian, written in scientific notation
        assertThat(LsoaCentroids.centroids(table, Set.of("E01003240", "E01004378")))
                .containsExactly(
                        new LsoaCentroid("E01003240", null, 51.42493039025571, -7.296313914256359e-05),
                        new LsoaCentroid("E01004378", null, 51.59508062239038, 6.346773699900233e-05));
    }

    @Test
    void quarantinesMissingCodesPointsOutsideTheUkAndRepeatedCodes() throws IOException {
        Path file = folder.resolve("centroids.csv");
        Files.writeString(
                file,
                "LSOACD,latitude,longitude,lsoa11cd,LSOA21NM\n"
                        + "E01006074,53.39027646665983,-2.3776238562186487,E01006074,Trafford 025A\n"
                        + ",53.38963228631833,-2.3546674510926473,E01006075,Trafford 025B\n"
                        + "E01006076,-2.361019925093799,53.38531954798278,E01006076,Trafford 025C\n"
                        + "E01006077,north,-2.36,E01006077,Trafford 026A\n"
                        + "E01006074,53.4,-2.4,E01006074,Trafford 025A again\n"
                        + "\n"
                        + "W01000001,53.2,-3.1,W01000001,\n",
                StandardCharsets.UTF_8);
        IngestedInput table = LsoaCentroids.ingest(spark, spec(file));

        assertThat(table.rowsRead()).isEqualTo(7);
        assertThat(table.rowsAccepted()).isEqualTo(2);
        assertThat(table.quarantine().orderBy("line", "field", "reason").collectAsList())
                .extracting(row ->
                        row.getLong(2) + " " + row.getString(3) + " [" + row.getString(4) + "] " + row.getString(5))
                .containsExactly(
                        "3 LSOACD [null] a value is required",
                        "4 latitude [-2.361019925093799] expected a latitude in the UK: a decimal number from 49 to 61",
                        "4 longitude [53.38531954798278] expected a longitude in the UK: a decimal number from -9 to 2",
                        "5 latitude [north] expected a latitude in the UK: a decimal number from 49 to 61",
                        "6 LSOACD [E01006074] repeats the code of an earlier line; each LSOA needs one centroid",
                        "7 (line) [] blank line",
                        "7 LSOACD [null] a value is required",
                        "7 latitude [null] expected a latitude in the UK: a decimal number from 49 to 61",
                        "7 longitude [null] expected a longitude in the UK: a decimal number from -9 to 2");
        List<LsoaCentroid> all = LsoaCentroids.centroids(table, null);
        assertThat(all)
                .containsExactly(
                        new LsoaCentroid("E01006074", "Trafford 025A", 53.39027646665983, -2.3776238562186487),
                        new LsoaCentroid("W01000001", null, 53.2, -3.1));
    }
}
