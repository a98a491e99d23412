package org.provisionlens.jobs.bench;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.core.access.TravelSettings;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.ReviewArea;
import org.provisionlens.core.sufficiency.SufficiencyCells;
import org.provisionlens.core.sufficiency.VerdictThresholds;
import org.provisionlens.jobs.assess.DemandForecast;
import org.provisionlens.jobs.run.SparkSessions;

/**
 * The sufficiency stage on the national generated dataset: demand aggregated by Spark for every LA, then the
 * sufficiency matrix of every LA (forecast growth from each LA's own DfE series, travel access from LSOA centroids),
 * and then the re-assessment of one LA in process, as the what-if service would do it ({@link NationalAreas}).
 */
public final class SufficiencyBenchmark {

    private SufficiencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("provision-lens.home", "."))
                .toAbsolutePath()
                .normalize();
        Measurements measurements = new Measurements(System.out);
        Path data = NationalData.ensure(home, measurements);
        SparkSession spark = SparkSessions.forRun(home);
        try {
            NationalAreas national = NationalAreas.load(spark, data, measurements);
            DemandForecast.Backtest series = national.backtest();
            System.out.printf(
                    "  forecast back-test on the real DfE caseload (every English LA), chosen: %s%n%s",
                    series.chosen(), series.table().markdown());
            int[] cells = {0};
            measurements.time("sufficiency matrix of every LA (in process)", () -> {
                for (var la : national.demand().entrySet()) {
                    cells[0] += assess(
                                    national.areas().get(la.getKey()),
                                    la.getValue(),
                                    national.services().getOrDefault(la.getKey(), List.of()),
                                    series)
                            .cells()
                            .size();
                }
                return national.demand().size();
            });
            System.out.printf("  (%,d cells in all)%n", cells[0]);
            String trafford = "358";
            int repeats = 20;
            measurements.time("re-assess Trafford in process, " + repeats + " times", () -> {
                for (int i = 0; i < repeats; i++) {
                    assess(
                            national.areas().get(trafford),
                            national.demand().get(trafford),
                            national.services().get(trafford),
                            series);
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
}
