package org.provisionlens.jobs.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.core.access.Place;
import org.provisionlens.core.access.TravelSettings;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.Locality;
import org.provisionlens.core.sufficiency.Placement;
import org.provisionlens.core.sufficiency.ReviewArea;
import org.provisionlens.core.sufficiency.SufficiencyCells;
import org.provisionlens.core.sufficiency.VerdictThresholds;
import org.provisionlens.jobs.assess.DemandForecast;
import org.provisionlens.jobs.assess.DemandRows;
import org.provisionlens.jobs.generate.GenerateCommand;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.run.SparkSessions;
import org.provisionlens.jobs.sources.ChildRecordsTable;
import org.provisionlens.jobs.sources.EhcPlanNeedsTable;
import org.provisionlens.jobs.sources.ServiceCsv;
import org.provisionlens.jobs.sources.geography.LsoaCentroids;
import org.provisionlens.jobs.sources.statistics.EesTable;

/**
 * The sufficiency stage on the national generated dataset: demand aggregated by Spark for every LA, then the
 * sufficiency matrix of every LA (forecast growth from each LA's own DfE series, travel access from LSOA centroids),
 * and then the re-assessment of one LA in process, as the what-if service would do it. Localities here are groups of
 * five neighbouring LSOA codes (about an MSOA): the bundled geography has no LSOA-to-MSOA lookup outside Trafford.
 */
public final class SufficiencyBenchmark {

    /** The generated data's reference date, which waits are counted to. */
    private static final java.time.LocalDate REVIEW_DATE = java.time.LocalDate.of(2025, 1, 16);

    private SufficiencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("provision-lens.home", "."))
                .toAbsolutePath()
                .normalize();
        Measurements measurements = new Measurements(System.out);
        Path data = NationalData.ensure(home, measurements);
        Path shared = GenerateCommand.sharedData();
        SparkSession spark = SparkSessions.forRun(home);
        try {
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
                    List.of(EesTable.longForm(EesTable.ingest(
                            spark,
                            new InputSpec(
                                    "caseload", "dfe-ees-csv", shared.resolve("dfe-ehc-plans-2025/caseload.csv"))))),
                    "none");
            DemandForecast.Backtest[] backtest = {null};
            measurements.time("back-test of every LA's EHC plans (rolling origins 2021-2024, once)", () -> {
                backtest[0] = DemandForecast.Backtest.of(collected.allPlansByLa(), 2025);
                return backtest[0].result().points().size();
            });
            DemandForecast.Backtest series = backtest[0];
            System.out.printf(
                    "  forecast back-test on the real DfE caseload (every English LA), chosen: %s%n%s",
                    series.chosen(), series.table().markdown());

            Map<String, ReviewArea> areas = new HashMap<>();
            int[] cells = {0};
            measurements.time("sufficiency matrix of every LA (in process)", () -> {
                for (var la : demandByLa.entrySet()) {
                    ReviewArea area = area(gssByOld.getOrDefault(la.getKey(), la.getKey()), la.getValue(), centroids);
                    areas.put(la.getKey(), area);
                    cells[0] += assess(area, la.getValue(), servicesByLa.getOrDefault(la.getKey(), List.of()), series)
                            .cells()
                            .size();
                }
                return demandByLa.size();
            });
            System.out.printf("  (%,d cells in all)%n", cells[0]);
            String trafford = "358";
            int repeats = 20;
            measurements.time("re-assess Trafford in process, " + repeats + " times", () -> {
                for (int i = 0; i < repeats; i++) {
                    assess(areas.get(trafford), demandByLa.get(trafford), servicesByLa.get(trafford), series);
                }
                return repeats;
            });
        } finally {
            spark.stop();
        }
        measurements.print();
    }

    private static SufficiencyCells.Matrix assess(
            ReviewArea area, List<DemandCount> demand, List<Service> services, DemandForecast.Backtest series) {
        DemandForecast.Result forecast =
                DemandForecast.forecast(DemandForecast.Collected.empty(), series, area.laCode(), 3);
        return SufficiencyCells.assess(
                area,
                demand,
                services,
                forecast.growth(),
                new SufficiencyCells.Settings(
                        VerdictThresholds.defaults(), TravelSettings.defaults(), forecast.horizonYear()));
    }

    /** The LA's LSOAs in code order, five to a locality, with their centroids. */
    private static ReviewArea area(String laCode, List<DemandCount> demand, Map<String, Place> centroids) {
        List<String> lsoas = demand.stream()
                .map(DemandCount::lsoaCode)
                .filter(java.util.Objects::nonNull)
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
}
