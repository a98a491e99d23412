package org.provisionlens.jobs.publish;

/**
 * How one input reconciles: read = accepted + quarantined; out of scope counts the accepted rows about other areas or
 * other breakdowns than the run uses.
 */
public record InputReconciliation(
        String inputName,
        String format,
        String path,
        String sha256,
        long rowsRead,
        long rowsAccepted,
        long rowsQuarantined,
        long rowsOutOfScope) {

    public InputReconciliation {
        if (rowsRead != rowsAccepted + rowsQuarantined) {
            throw new IllegalArgumentException(inputName + ": read must equal accepted + quarantined");
        }
        if (rowsOutOfScope > rowsAccepted) {
            throw new IllegalArgumentException(inputName + ": more rows out of scope than accepted");
        }
    }
}
