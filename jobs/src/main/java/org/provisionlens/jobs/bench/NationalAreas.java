package org.provisionlens.jobs.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.core.access.Place;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.Locality;
import org.provisionlens.core.sufficiency.Placement;
import org.provisionlens.core.sufficiency.ReviewArea;
import org.provisionlens.jobs.assess.DemandForecast;
import org.provisionlens.jobs.assess.DemandRows;
import org.provisionlens.jobs.generate.GenerateCommand;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.sources.ChildRecordsTable;
import org.provisionlens.jobs.sources.EhcPlanNeedsTable;
import org.provisionlens.jobs.sources.ServiceCsv;
import org.provisionlens.jobs.sources.geography.LsoaCentroids;
import org.provisionlens.jobs.sources.statistics.EesTable;

/**
 * The national generated dataset read for in-process models: each LA's demand (aggregated by Spark), services, area
 * (localities are groups of five neighbouring LSOA codes, about an MSOA: the bundled geography has no LSOA-to-MSOA
 * lookup outside Trafford) and the back-tested EHC plan forecast of every LA. LAs are keyed by the generated data's
 * three-digit old code (Trafford is 358).
 */
record NationalAreas(
        Map<String, List<DemandCount>> demand,
        Map<String, List<Service>> services,
        Map<String, ReviewArea> areas,
        DemandForecast.Backtest backtest) {

    /** The generated data's reference date, which waits are counted to. */
    static final LocalDate REVIEW_DATE = LocalDate.of(2025, 1, 16);

    static NationalAreas load(SparkSession spark, Path data, Measurements measurements) throws Exception {
        Path shared = GenerateCommand.sharedData();
        List<Row> demandRows = new ArrayList<>();
        measurements.time("aggregate national demand (Spark)", () -> {
            IngestedInput children = ChildRecordsTable.ingest(
                    spark, new InputSpec("children", "child-records-csv", data.resolve("child_records.csv")), 2025);
            demandRows.addAll(DemandRows.group(
                    ChildRecordsTable.conform(children)
                            .withColumn("la", regexp_extract(col("pseudonymous_id"), "^T(\\d{3})-", 1)),
                    REVIEW_DATE,
                    col("la")));
            return demandRows.size();
        });
        Map<String, List<Service>> servicesByLa = new HashMap<>();
        for (Service service : ServiceCsv.read(
                        spark, new InputSpec("services", "service-csv", data.resolve("services.csv")))
                .accepted()) {
            String la = service.id().replaceAll("^services:S(\\d{3})-.*$", "$1");
            servicesByLa.computeIfAbsent(la, k -> new ArrayList<>()).add(service);
        }
        Map<String, List<DemandCount>> demandByLa = new HashMap<>();
        Map<String, Placement.Classifier> placements = new HashMap<>();
        for (Row row : demandRows) {
            Placement.Classifier classifier = placements.computeIfAbsent(
                    row.getString(0), la -> new Placement.Classifier(servicesByLa.getOrDefault(la, List.of())));
            demandByLa
                    .computeIfAbsent(row.getString(0), la -> new ArrayList<>())
                    .add(DemandRows.of(row, classifier));
        }
        Map<String, Place> centroids = new HashMap<>();
        LsoaCentroids.centroids(
                        LsoaCentroids.ingest(
                                spark,
                                new InputSpec(
                                        "centroids",
                                        "lsoa-centroids-csv",
                                        shared.resolve("geography/lsoa_latlong.csv"))),
                        null)
                .forEach(c -> centroids.put(c.code(), new Place(c.code(), c.latitude(), c.longitude())));
        Map<String, String> gssByOld = new HashMap<>();
        EhcPlanNeedsTable.ingest(
                        spark,
                        new InputSpec(
                                "plans",
                                "dfe-ehc-plan-needs-csv",
                                shared.resolve("dfe-ehc-plans-2025/sen_needs_all_plans.csv")))
                .accepted()
                .filter(col("geographic_level").equalTo("Local authority"))
                .select("old_la_code", "new_la_code")
                .distinct()
                .collectAsList()
                .forEach(row -> gssByOld.put(row.getString(0), row.getString(1)));
        DemandForecast.Collected collected = DemandForecast.collect(
                List.of(EesTable.longForm(
                        EesTable.ingest(spark, new InputSpec("caseload", "dfe-ees-csv", caseload(shared))))),
                "none");
        DemandForecast.Backtest[] backtest = {null};
        measurements.time("back-test of every LA's EHC plans (rolling origins 2021-2024, once)", () -> {
            backtest[0] = DemandForecast.Backtest.of(collected.allPlansByLa(), 2025);
            return backtest[0].result().points().size();
        });
        Map<String, ReviewArea> areas = new HashMap<>();
        demandByLa.forEach((la, demand) -> areas.put(la, area(gssByOld.getOrDefault(la, la), demand, centroids)));
        return new NationalAreas(demandByLa, servicesByLa, areas, backtest[0]);
    }

    /** The LA's forecast from the shared back-test, {@code horizonYears} ahead. */
    DemandForecast.Result forecast(String la, int horizonYears) {
        return DemandForecast.forecast(
                DemandForecast.Collected.empty(), backtest, areas.get(la).laCode(), horizonYears);
    }

    /** The LA's LSOAs in code order, five to a locality, with their centroids. */
    private static ReviewArea area(String laCode, List<DemandCount> demand, Map<String, Place> centroids) {
        List<String> lsoas = demand.stream()
                .map(DemandCount::lsoaCode)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        Map<String, Locality> localities = new HashMap<>();
        Map<String, Place> points = new HashMap<>();
        for (int i = 0; i < lsoas.size(); i++) {
            String group = laCode + "-" + (i / 5 + 1);
            localities.put(lsoas.get(i), new Locality(group, "Locality " + (i / 5 + 1)));
            Place centroid = centroids.get(lsoas.get(i));
            if (centroid != null) {
                points.put(lsoas.get(i), centroid);
            }
        }
        return new ReviewArea(laCode, laCode, localities, points);
    }

    /**
     * DfE's EHC plan caseload of every LA: in the public data folder the generator uses, or, when that is the project's
     * bundled copy (which holds only what the generator reads), in the nearest {@code shared/data} above the working
     * directory.
     */
    static Path caseload(Path data) {
        String file = "dfe-ehc-plans-2025/caseload.csv";
        if (java.nio.file.Files.exists(data.resolve(file))) {
            return data.resolve(file);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(file);
            if (java.nio.file.Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(
                "no " + file + " in " + data + " or in a shared/data folder above the" + " working directory");
    }
}
