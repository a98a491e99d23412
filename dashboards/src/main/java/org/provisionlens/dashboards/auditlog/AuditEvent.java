package org.provisionlens.dashboards.auditlog;

import java.util.Objects;

/**
 * One event to record. {@code action} is a short name ("signed in", "downloaded"), {@code subject} the address or
 * object it was about; {@code username} is as typed for a failed sign-in and null for a visitor not signed in;
 * {@code roles} the signed-in user's roles ("ADMIN, PANEL"), {@code signInMethod} FORM or OIDC for sign-ins.
 */
public record AuditEvent(
        AuditKind kind,
        String username,
        String action,
        String subject,
        String roles,
        String signInMethod,
        String remoteAddress,
        String laCode,
        Long runId) {

    /** Longest username or subject kept: a typed user name or an address is cut, never rejected. */
    static final int MAXIMUM_TEXT = 500;

    public AuditEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        subject = cut(Objects.requireNonNull(subject, "subject"));
        username = cut(username);
        if (signInMethod != null && !signInMethod.equals("FORM") && !signInMethod.equals("OIDC")) {
            throw new IllegalArgumentException("sign-in method is FORM or OIDC, not " + signInMethod);
        }
    }

    /** An event about a sign-in (no LA, no run). */
    public static AuditEvent signIn(
            AuditKind kind, String username, String action, String roles, String method, String remoteAddress) {
        return new AuditEvent(kind, username, action, "/login", roles, method, remoteAddress, null, null);
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAXIMUM_TEXT ? text : text.substring(0, MAXIMUM_TEXT);
    }
}
