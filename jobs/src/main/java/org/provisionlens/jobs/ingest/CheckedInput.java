package org.provisionlens.jobs.ingest;

import java.util.List;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * An input after its checks, whichever way it was read (with Spark, or in the driver): how it reconciles, what it
 * quarantined and what it found in optional fields of the rows it kept.
 */
public interface CheckedInput {

    InputSpec spec();

    /** The SHA-256 of the input's content as delivered. */
    String sha256();

    long rowsRead();

    long rowsAccepted();

    long rowsQuarantined();

    /** Every quarantine entry, in file order. */
    List<QuarantineEntry> quarantineEntries();

    /** Faults in optional fields of accepted rows (the field cleaned or left empty), in file order; none by default. */
    default List<FieldFinding> findings() {
        return List.of();
    }

    /** Accepted rows with at least one finding. */
    default long rowsWithFindings() {
        return 0;
    }
}
