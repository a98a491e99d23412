package org.provisionlens.dashboards.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.provisionlens.dashboards.auditlog.AuditEvent;
import org.provisionlens.dashboards.auditlog.AuditKind;
import org.provisionlens.dashboards.auditlog.AuditLog;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in form's handler: a sign-in for an account or from an address that has failed too often
 * ({@link SignInAttempts}) is refused before its password is checked, even if it is right; the refusal is recorded
 * ({@code SIGN_IN_REFUSED_LOCKED}) and the sign-in page says until when. A user name that names nobody is refused the
 * same way, so the refusal does not tell whether an account exists.
 */
final class SignInGuard extends OncePerRequestFilter {

    /** The session attribute that carries the refusal's message to the sign-in page. */
    static final String MESSAGE = SignInGuard.class.getName() + ".message";

    private final SignInAttempts attempts;
    private final AuditLog log;

    SignInGuard(SignInAttempts attempts, AuditLog log) {
        this.attempts = attempts;
        this.log = log;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String typed = username == null ? null : username.trim();
        Optional<SignInRefusal> refusal = attempts.refusal(typed, request.getRemoteAddr());
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        log.record(AuditEvent.signIn(
                AuditKind.SIGN_IN_REFUSED_LOCKED,
                username,
                refusal.get().reason() == SignInRefusal.Reason.ACCOUNT
                        ? "sign-in refused: too many failures for the account"
                        : "sign-in refused: too many failures from the address",
                null,
                "FORM",
                request.getRemoteAddr()));
        request.getSession()
                .setAttribute(MESSAGE, refusal.get().message(attempts.clock().getZone()));
        response.sendRedirect(request.getContextPath() + "/login?locked");
    }
}
