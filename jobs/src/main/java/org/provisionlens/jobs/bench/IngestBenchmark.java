package org.provisionlens.jobs.bench;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.jobs.ingest.CheckedInput;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.manifest.InputFormat;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.manifest.RunManifest;
import org.provisionlens.jobs.run.SparkSessions;
import org.provisionlens.jobs.sources.ChildRecordsTable;
import org.provisionlens.jobs.sources.InputReaders;
import org.provisionlens.jobs.sources.ReadContext;

/**
 * Ingest and conform of the national generated dataset (every English LA: about 1.9 million children and young people
 * with SEN, their services and comments), on this machine's cores. Generates the dataset into
 * {@code <home>/var/bench/england} first when it is not there (seed 42, 1% broken rows).
 */
public final class IngestBenchmark {

    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("provision-lens.home", "."))
                .toAbsolutePath()
                .normalize();
        Measurements measurements = new Measurements(System.out);
        Path data = NationalData.ensure(home, measurements);
        RunManifest manifest = RunManifest.read(data.resolve("manifest.json"));
        ReadContext context = new ReadContext(manifest.localAuthority(), manifest.timePeriod());
        SparkSession spark = SparkSessions.forRun(home);
        try {
            for (InputSpec spec : manifest.inputs().values()) {
                measurements.time("ingest + conform " + spec.name() + " (" + spec.format() + ")", () -> {
                    CheckedInput input = InputReaders.read(spark, spec, context);
                    if (InputFormat.of(spec) == InputFormat.CHILD_RECORDS_CSV) {
                        long conformed =
                                ChildRecordsTable.conform((IngestedInput) input).count();
                        if (conformed != input.rowsAccepted()) {
                            throw new IllegalStateException("conformed " + conformed + " of " + input.rowsAccepted());
                        }
                    }
                    System.out.printf(
                            "(%,d accepted, %,d quarantined) ", input.rowsAccepted(), input.rowsQuarantined());
                    return input.rowsRead();
                });
            }
        } finally {
            spark.stop();
        }
        measurements.print();
    }
}
