package org.provisionlens.jobs.ingest;

import java.util.List;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * An input after its checks, whichever way it was read (with Spark, or in the driver): how it reconciles and what it
 * quarantined.
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
}
