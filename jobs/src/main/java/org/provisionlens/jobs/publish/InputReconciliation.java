package org.provisionlens.jobs.publish;

/**
 * How one input reconciles: read = accepted + quarantined; out of scope counts the accepted rows about other areas or
 * other breakdowns than the run uses; with findings counts the accepted rows kept with a fault in an optional field.
 */
public record InputReconciliation(
        String inputName,
        String format,
        String path,
        String sha256,
        long rowsRead,
        long rowsAccepted,
        long rowsQuarantined,
        long rowsOutOfScope,
        long rowsWithFindings) {

    /** An input whose reader records no findings. */
    public InputReconciliation(
            String inputName,
            String format,
            String path,
            String sha256,
            long rowsRead,
            long rowsAccepted,
            long rowsQuarantined,
            long rowsOutOfScope) {
        this(inputName, format, path, sha256, rowsRead, rowsAccepted, rowsQuarantined, rowsOutOfScope, 0);
    }

    public InputReconciliation {
        if (rowsRead != rowsAccepted + rowsQuarantined) {
            throw new IllegalArgumentException(inputName + ": read must equal accepted + quarantined");
        }
        if (rowsOutOfScope > rowsAccepted) {
            throw new IllegalArgumentException(inputName + ": more rows out of scope than accepted");
        }
        if (rowsWithFindings < 0 || rowsWithFindings > rowsAccepted) {
            throw new IllegalArgumentException(inputName + ": rows with findings must be 0 to the rows accepted");
        }
    }

    /** One hash over the inputs' names and content hashes, in name order: the same inputs give the same hash. */
    public static String combinedSha256(java.util.List<InputReconciliation> inputs) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            inputs.stream()
                    .sorted(java.util.Comparator.comparing(InputReconciliation::inputName))
                    .forEach(input -> digest.update((input.inputName() + "=" + input.sha256() + "\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
