package org.provisionlens.jobs.ingest;

import java.util.List;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * An input read in the driver (inputs of hundreds or thousands of records: service listings, JSON feeds, comments):
 * its accepted records, its quarantine and its findings.
 *
 * @param rowsRead records read: rows of a CSV, objects of a JSON list (a record with several wrong fields counts once)
 * @param rowsQuarantined records with at least one quarantine entry
 * @param findings faults in optional fields of accepted records (each field cleaned or left empty), in file order
 * @param rowsWithFindings accepted records with at least one finding
 */
public record ReadResult<T>(
        InputSpec spec,
        String sha256,
        List<T> accepted,
        List<QuarantineEntry> quarantine,
        long rowsRead,
        long rowsQuarantined,
        List<FieldFinding> findings,
        long rowsWithFindings)
        implements CheckedInput {

    public ReadResult {
        accepted = List.copyOf(accepted);
        quarantine = List.copyOf(quarantine);
        findings = List.copyOf(findings);
        if (rowsRead != accepted.size() + rowsQuarantined) {
            throw new IllegalStateException(spec.describe() + ": read " + rowsRead + " records but accepted "
                    + accepted.size() + " and quarantined " + rowsQuarantined);
        }
        if (rowsWithFindings < 0
                || rowsWithFindings > accepted.size()
                || (rowsWithFindings == 0) != findings.isEmpty()) {
            throw new IllegalStateException(spec.describe() + ": " + rowsWithFindings + " accepted records with "
                    + findings.size() + " findings, of " + accepted.size() + " accepted");
        }
    }

    /** An input whose readers record no findings. */
    public ReadResult(
            InputSpec spec,
            String sha256,
            List<T> accepted,
            List<QuarantineEntry> quarantine,
            long rowsRead,
            long rowsQuarantined) {
        this(spec, sha256, accepted, quarantine, rowsRead, rowsQuarantined, List.of(), 0);
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
