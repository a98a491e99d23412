package org.provisionlens.dashboards.auditlog;

/** What an audit event records: the values of {@code audit_event.kind} (V15). */
public enum AuditKind {
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_REFUSED_LOCKED("Sign-in refused (too many failures)"),
    SIGN_OUT("Signed out"),
    RAW_DATA_VIEW("Viewed raw data"),
    EXPORT("Downloaded"),
    ACCESS_DENIED("Refused a page");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    /** The kind in words, for the admins' page. */
    public String label() {
        return label;
    }
}
