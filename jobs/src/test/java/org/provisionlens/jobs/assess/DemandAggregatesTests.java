package org.provisionlens.jobs.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.Tier;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.Placement;
import org.provisionlens.core.sufficiency.SettingKind;
import org.provisionlens.jobs.SparkTestSession;

class DemandAggregatesTests {

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
    void readsEachSettingAgainstTheServicesAndKeepsTheLongestWait() {
        StructType schema = new StructType()
                .add("lsoa_code", DataTypes.StringType)
                .add("primary_need", DataTypes.StringType)
                .add("age", DataTypes.IntegerType)
                .add("support_level", DataTypes.StringType)
                .add("setting", DataTypes.StringType)
                .add("waiting_since", DataTypes.DateType);
        // two children with plans waiting for the therapy since 2024-09-01 and 2024-11-10; one placed in a special
        // school; one on SEN support in mainstream
        Dataset<Row> children = spark.createDataFrame(
                List.of(
                        RowFactory.create("E01", "SLCN", 7, "EHC_PLAN", "S358-SALT", Date.valueOf("2024-09-01")),
                        RowFactory.create("E01", "SLCN", 7, "EHC_PLAN", "S358-SALT", Date.valueOf("2024-11-10")),
                        RowFactory.create("E01", "ASD", 12, "EHC_PLAN", "S358-SS-COMM", null),
                        RowFactory.create("E02", "MLD", 9, "SEN_SUPPORT", "mainstream", null)),
                schema);
        var services = List.of(
                ServiceBuilder.service("services:S358-SALT", "Speech therapy")
                        .domain(Domain.HEALTH)
                        .tier(Tier.SPECIALIST)
                        .capacity(10)
                        .capacityUnit(CapacityUnit.CASELOAD)
                        .build(),
                ServiceBuilder.service("services:S358-SS-COMM", "Communication school")
                        .domain(Domain.EDUCATION)
                        .tier(Tier.SPECIALIST)
                        .capacity(10)
                        .capacityUnit(CapacityUnit.PLACES)
                        .build());

        DemandAggregates demand =
                DemandAggregates.of(children, new Placement.Classifier(services), LocalDate.of(2025, 1, 16));

        // 2024-09-01 to 2025-01-16 is 137 days: 19 whole weeks (the longer of the two waits)
        assertThat(demand.counts())
                .containsExactlyInAnyOrder(
                        new DemandCount(
                                "E01",
                                NeedCode.SLCN,
                                7,
                                SupportLevel.EHC_PLAN,
                                new Placement(SettingKind.SERVICE, "services:S358-SALT"),
                                true,
                                2,
                                19),
                        new DemandCount(
                                "E01",
                                NeedCode.ASD,
                                12,
                                SupportLevel.EHC_PLAN,
                                new Placement(SettingKind.SPECIALIST_SETTING, "services:S358-SS-COMM"),
                                false,
                                1,
                                null),
                        new DemandCount(
                                "E02",
                                NeedCode.MLD,
                                9,
                                SupportLevel.SEN_SUPPORT,
                                new Placement(SettingKind.MAINSTREAM, null),
                                false,
                                1,
                                null));
        // the named settings, for the audit (generic kinds such as "mainstream" left out)
        assertThat(demand.placements()).containsOnlyKeys("S358-SALT", "S358-SS-COMM");
    }
}
