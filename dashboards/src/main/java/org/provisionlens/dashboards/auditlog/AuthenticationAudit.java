package org.provisionlens.dashboards.auditlog;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Spring Security's events, recorded: a sign-in (the user, their roles, FORM or OIDC from the kind of
 * authentication), a failed sign-in (the user name as typed: never the password), a sign-out, and a page refused to a
 * signed-in user (403). A visitor who is not signed in and is sent to the sign-in page is not a refusal.
 */
@Component
class AuthenticationAudit {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final AuditLog log;

    AuthenticationAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        // its subclasses (the interactive sign-in, session fixation) repeat the same sign-in
        if (event.getClass() != AuthenticationSuccessEvent.class) {
            return;
        }
        Authentication user = event.getAuthentication();
        log.record(AuditEvent.signIn(
                AuditKind.SIGN_IN, user.getName(), "signed in", roles(user), method(user), remoteAddress(user)));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        // Spring adds this one to a failed OpenID Connect sign-in, which OidcSignIn reports itself: one attempt, one
        // row
        if (event
                instanceof
                org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent) {
            return;
        }
        Authentication attempt = event.getAuthentication();
        String method = method(attempt);
        // the name as typed in the form, or as the identity provider gave it ("unknown" when its token was refused)
        String typed = "FORM".equals(method) && attempt.getPrincipal() instanceof String name
                ? name
                : "OIDC".equals(method) ? attempt.getName() : null;
        log.record(AuditEvent.signIn(
                AuditKind.SIGN_IN_FAILED, typed, "sign-in failed", null, method, remoteAddress(attempt)));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        Authentication user = event.getAuthentication();
        log.record(new AuditEvent(
                AuditKind.SIGN_OUT,
                user.getName(),
                "signed out",
                "/logout",
                roles(user),
                null,
                remoteAddress(user),
                null,
                null));
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        Authentication user = event.getAuthentication().get();
        if (user == null || TRUST.isAnonymous(user) || !(event.getSource() instanceof HttpServletRequest request)) {
            return;
        }
        log.record(new AuditEvent(
                AuditKind.ACCESS_DENIED,
                user.getName(),
                "refused",
                request.getMethod() + " " + request.getRequestURI(),
                roles(user),
                null,
                request.getRemoteAddr(),
                null,
                null));
    }

    /** The user's roles without Spring's prefix, sorted: "ADMIN, PANEL". */
    static String roles(Authentication user) {
        String roles = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .sorted()
                .collect(Collectors.joining(", "));
        return roles.isEmpty() ? null : roles;
    }

    private static String method(Authentication authentication) {
        if (authentication instanceof OAuth2LoginAuthenticationToken
                || authentication instanceof OAuth2AuthenticationToken) {
            return "OIDC";
        }
        return authentication instanceof UsernamePasswordAuthenticationToken ? "FORM" : null;
    }

    private static String remoteAddress(Authentication authentication) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
