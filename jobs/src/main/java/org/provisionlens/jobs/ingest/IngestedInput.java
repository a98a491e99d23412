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
 */
public record IngestedInput(
        InputSpec spec,
        String sha256,
        Dataset<Row> accepted,
        Dataset<Row> quarantine,
        long rowsRead,
        long rowsAccepted,
        long rowsQuarantined)
        implements CheckedInput {

    public IngestedInput {
        if (rowsRead != rowsAccepted + rowsQuarantined) {
            throw new IllegalStateException(spec.describe() + ": read " + rowsRead + " rows but accepted "
                    + rowsAccepted + " and quarantined " + rowsQuarantined);
        }
    }

    @Override
    public List<QuarantineEntry> quarantineEntries() {
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
