package org.provisionlens.jobs.ingest;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * An input after its checks.
 *
 * @param accepted rows that passed every check: the column {@value CsvInput#LINE} plus the file's columns as text
 * @param quarantine one row per failed check: input_name, file, line, field, value, reason
 * @param sha256 the content hash of the file, recorded with the run
 * @param quarantineInDriver the quarantine in file order when the input was read in the driver (a small file), or
 *     {@code null} when it is read from {@code quarantine} with Spark
 */
public record IngestedInput(
        InputSpec spec,
        String sha256,
        Dataset<Row> accepted,
        Dataset<Row> quarantine,
        long rowsRead,
        long rowsAccepted,
        long rowsQuarantined,
        List<QuarantineEntry> quarantineInDriver)
        implements CheckedInput {

    /** An input checked by Spark: its quarantine is read from {@code quarantine} when asked for. */
    public IngestedInput(
            InputSpec spec,
            String sha256,
            Dataset<Row> accepted,
            Dataset<Row> quarantine,
            long rowsRead,
            long rowsAccepted,
            long rowsQuarantined) {
        this(spec, sha256, accepted, quarantine, rowsRead, rowsAccepted, rowsQuarantined, null);
    }

    public IngestedInput {
        if (quarantineInDriver != null) {
            quarantineInDriver = List.copyOf(quarantineInDriver);
        }
        if (rowsRead != rowsAccepted + rowsQuarantined) {
            throw new IllegalStateException(spec.describe() + ": read " + rowsRead + " rows but accepted "
                    + rowsAccepted + " and quarantined " + rowsQuarantined);
        }
    }

    @Override
    public List<QuarantineEntry> quarantineEntries() {
        if (quarantineInDriver != null) {
            return quarantineInDriver;
        }
        return quarantine.orderBy("line", "field").collectAsList().stream()
                .map(row -> QuarantineEntry.atLine(
                        row.getAs("input_name"),
                        row.getAs("file"),
                        row.<Long>getAs("line"),
                        row.getAs("field"),
                        row.getAs("value"),
                        row.getAs("reason")))
                .toList();
    }
}
