package org.provisionlens.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.jobs.SparkTestSession;

/** The benchmark's aggregation on 10 hand-counted child rows and 5 services, in DuckDB and in Spark. */
class DemandAggregationTests {

    /**
     * Counted: E1 ASD 0-4 EHC plan (rows 1, 2); E1 ASD 5-10 SEN support (3); E1 SLCN 11-15 EHC plan (4); E2 SEMH 16-19
     * EHC plan (6); E2 SEMH 20-25 EHC plan (8). Left out: 5 (age 31), 7 (age not a number), 9 (support "pending"), 10
     * (no LA).
     */
    static final String CHILDREN = """
            pseudonymous_id,la_code,lsoa_code,age,primary_need,support_level,setting
            T001-000001,E1,E01000001,3,ASD,EHC plan,mainstream
            T001-000002,E1,E01000001,4,ASD,EHC plan,"Nursery, private"
            T001-000003,E1,E01000002,7,ASD,SEN support,mainstream
            T001-000004,E1,E01000002,12,SLCN,EHC plan,mainstream
            T001-000005,E1,E01000003,31,ASD,EHC plan,mainstream
            T002-000001,E2,E01000004,17,SEMH,EHC plan,college
            T002-000002,E2,E01000004,abc,SEMH,EHC plan,college
            T002-000003,E2,E01000005,22,SEMH,EHC plan,
            T002-000004,E2,E01000005,10,SEMH,pending,mainstream
            T002-000005,,E01000006,8,ASD,EHC plan,mainstream
            """;

    /**
     * S001-A: E1, ASD and SLCN, 2-11, 40 places. S001-B: E1, ASD, 5-18, a caseload (no places). S002-A: E2, SEMH, 11-19,
     * 60 places. S002-B: E2, SEMH and ASD (a space after the ";"), 19-25, capacity "lots" (no places). S002-C: E2, ASD,
     * 0-25, 10 places (no E2 ASD demand).
     */
    static final String SERVICES = """
            service_id,name,la_code,needs,min_age,max_age,capacity,capacity_unit
            S001-A,"Base, north",E1,ASD;SLCN,2,11,40,places
            S001-B,Outreach,E1,ASD,5,18,100,caseload
            S002-A,College,E2,SEMH,11,19,60,places
            S002-B,"Post-16, SEMH",E2,SEMH; ASD,19,25,lots,places
            S002-C,Autism hub,E2,ASD,0,25,10,places
            """;

    /**
     * E1 ASD 0-4: S001-A only (S001-B starts at 5): 1 service, 40 places. E1 ASD 5-10: S001-A and S001-B (a caseload):
     * 2, 40. E1 SLCN 11-15: S001-A (up to 11): 1, 40. E2 SEMH 16-19: S002-A (60) and S002-B (no places): 2, 60. E2
     * SEMH 20-25: S002-B only (S002-A ends at 19): 1, 0.
     */
    static final List<String> EXPECTED = List.of(
            "E1|ASD|0-4|EHC plan|2|1|40",
            "E1|ASD|5-10|SEN support|1|2|40",
            "E1|SLCN|11-15|EHC plan|1|1|40",
            "E2|SEMH|16-19|EHC plan|1|2|60",
            "E2|SEMH|20-25|EHC plan|1|1|0");

    static final String OLD_CHILDREN = """
            pseudonymous_id,lsoa_code,age,primary_need,support_level
            T358-000001,E01006165,5,ASD,EHC plan
            T358-000002,E01006165,6,ASD,EHC plan
            T359-000001,E01006200,5,ASD,EHC plan
            """;

    static final String OLD_SERVICES = """
            service_id,needs,min_age,max_age,capacity,capacity_unit
            S358-BASE,ASD,4,11,12,places
            """;

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void duckDbGivesTheHandCountedRows(@TempDir Path dir) throws Exception {
        DemandAggregation.Result result =
                DemandAggregation.duckDb(write(dir, "c.csv", CHILDREN), write(dir, "s.csv", SERVICES));
        assertThat(result.rows()).extracting(Object::toString).containsExactlyElementsOf(EXPECTED);
        assertThat(result.children()).isEqualTo(6);
        assertThat(result.services()).isEqualTo(7);
        assertThat(result.places()).isEqualTo(180);
    }

    @Test
    void sparkGivesTheSameRows(@TempDir Path dir) throws Exception {
        DemandAggregation.Result result =
                DemandAggregation.spark(spark, write(dir, "c.csv", CHILDREN), write(dir, "s.csv", SERVICES));
        assertThat(result.rows()).extracting(Object::toString).containsExactlyElementsOf(EXPECTED);
        assertThat(result.summary()).isEqualTo("5 groups, 6 children, 7 service matches, 180 places");
    }

    /** Without la_code, the LA is the three digits in the ids: 358 has two children and the base; 359 has none. */
    @Test
    void filesWithoutLaCodeAreKeyedByTheIdsLaNumber(@TempDir Path dir) throws Exception {
        Path children = write(dir, "c.csv", OLD_CHILDREN);
        Path services = write(dir, "s.csv", OLD_SERVICES);
        List<String> expected = List.of("358|ASD|5-10|EHC plan|2|1|12", "359|ASD|5-10|EHC plan|1|0|0");
        assertThat(DemandAggregation.duckDb(children, services).rows())
                .extracting(Object::toString)
                .containsExactlyElementsOf(expected);
        assertThat(DemandAggregation.spark(spark, children, services).rows())
                .extracting(Object::toString)
                .containsExactlyElementsOf(expected);
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
