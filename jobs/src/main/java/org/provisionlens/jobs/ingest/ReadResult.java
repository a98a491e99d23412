package org.provisionlens.jobs.ingest;

import java.util.List;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * An input read in the driver (inputs of hundreds or thousands of records: service listings, JSON feeds, comments):
 * its accepted records and its quarantine.
 *
 * @param rowsRead records read: rows of a CSV, objects of a JSON list (a record with several wrong fields counts once)
 * @param rowsQuarantined records with at least one quarantine entry
 */
public record ReadResult<T>(
        InputSpec spec,
        String sha256,
        List<T> accepted,
        List<QuarantineEntry> quarantine,
        long rowsRead,
        long rowsQuarantined)
        implements CheckedInput {

    public ReadResult {
        accepted = List.copyOf(accepted);
        quarantine = List.copyOf(quarantine);
        if (rowsRead != accepted.size() + rowsQuarantined) {
            throw new IllegalStateException(spec.describe() + ": read " + rowsRead + " records but accepted "
                    + accepted.size() + " and quarantined " + rowsQuarantined);
        }
    }

    @Override
    public long rowsAccepted() {
        return accepted.size();
    }

    @Override
    public List<QuarantineEntry> quarantineEntries() {
        return quarantine;
    }
}
