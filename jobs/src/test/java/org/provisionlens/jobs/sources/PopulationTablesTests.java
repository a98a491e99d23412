package org.provisionlens.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.manifest.InputSpec;

class PopulationTablesTests {

    /** ONS's Trafford files, committed with the demo (byte for byte those of shared/data/trafford). */
    private static final Path TRAFFORD = Path.of("demo-data/trafford");

    private static final Path LA_FILE = TRAFFORD.resolve("mid-year_2024_population_estimates_local_authority.csv");
    private static final Path LSOA_FILE = TRAFFORD.resolve("mid-year_2024_population_estimates_lsoa.csv");

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void readsTheLocalAuthorityFileIntoPersonsOfEachAgeUpTo25() {
        IngestedInput table =
                LaPopulationTable.ingest(spark, new InputSpec("laPopulation", LaPopulationTable.FORMAT, LA_FILE));

        assertThat(table.rowsRead()).isEqualTo(3); // Persons, Females, Males
        assertThat(table.rowsQuarantined()).isZero();
        List<AreaPopulation> population = LaPopulationTable.childrenAndYoungPeople(table);
        assertThat(population).hasSize(26);
        assertThat(population.get(0)).isEqualTo(new AreaPopulation("E08000009", "Trafford", 0, 2169));
        assertThat(population.get(25)).isEqualTo(new AreaPopulation("E08000009", "Trafford", 25, 2811));
        // the file's Persons row, columns 0 to 25 added up with awk
        assertThat(population.stream().mapToInt(AreaPopulation::persons).sum()).isEqualTo(75_573);
        assertThat(LaPopulationTable.estimateYear(table)).isEqualTo("mid-2024");
        assertThat(SingleYearPopulationTable.LOCAL_AUTHORITY.geography()).isEqualTo("Local authority");
    }

    @Test
    void quarantinesEveryRowOfAnLsoaFileReadAsLocalAuthorities() {
        IngestedInput table =
                LaPopulationTable.ingest(spark, new InputSpec("laPopulation", LaPopulationTable.FORMAT, LSOA_FILE));

        assertThat(table.rowsRead()).isEqualTo(417);
        assertThat(table.rowsQuarantined()).isEqualTo(417);
        assertThat(table.quarantine()
                        .select("field", "value", "reason")
                        .distinct()
                        .collectAsList())
                .extracting(row -> row.getString(0) + " [" + row.getString(1) + "] " + row.getString(2))
                .containsExactly("geography [LSOA] expected the geography 'Local authority' (a ons-la-population-csv"
                        + " file has one row per local authority and sex)");
    }

    @Test
    void theLsoaTableKeepsItsApiOnTheSharedReader() {
        IngestedInput table =
                LsoaPopulationTable.ingest(spark, new InputSpec("population", LsoaPopulationTable.FORMAT, LSOA_FILE));

        assertThat(table.rowsRead()).isEqualTo(417); // 139 LSOAs x Persons, Females, Males
        assertThat(table.rowsQuarantined()).isZero();
        List<AreaPopulation> population = LsoaPopulationTable.childrenAndYoungPeople(table);
        assertThat(population).hasSize(139 * 26);
        assertThat(population.get(0)).isEqualTo(new AreaPopulation("E01006074", "Trafford 025A", 0, 6));
        assertThat(population.get(1)).isEqualTo(new AreaPopulation("E01006074", "Trafford 025A", 1, 14));
        assertThat(LsoaPopulationTable.estimateYear(table)).isEqualTo("mid-2024");
    }
}
