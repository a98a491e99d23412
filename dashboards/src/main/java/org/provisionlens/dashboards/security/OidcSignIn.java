package org.provisionlens.dashboards.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sign-in through the council's identity provider (OpenID Connect), beside the form, when {@link OidcSettings} names
 * an issuer; nothing at all otherwise (no provider is contacted). The provider's discovery document is read once at
 * start; its ID tokens are checked by Spring Security (signature against the provider's keys, issuer, audience,
 * expiry, nonce). The user's roles are the {@code ROLE_*} authorities the roles claim maps to, nothing else, so they
 * get exactly the access of a form user with those roles (and land on the same page, {@link LandingPage}); a user whose
 * claims map to no role is refused with a message on the sign-in page.
 *
 * <p>Events, for whoever records sign-ins: a successful sign-in goes through the filter chain's authentication manager,
 * which publishes Spring's {@code AuthenticationSuccessEvent} whose source is an {@code OAuth2LoginAuthenticationToken}
 * (a form sign-in's is a {@code UsernamePasswordAuthenticationToken}), then the filter publishes an
 * {@code InteractiveAuthenticationSuccessEvent} with the {@code OAuth2AuthenticationToken} the session keeps. Spring's
 * default publisher maps no failure event to an {@link OAuth2AuthenticationException}, so a refused or failed sign-in
 * is published here, as an {@link AuthenticationFailureBadCredentialsEvent} whose source is an
 * {@link OidcSignInAttempt} (an unauthenticated {@code OAuth2AuthenticationToken} named after the user, or "unknown").
 * Spring also publishes, for each failed OIDC sign-in, an {@code AuthenticationFailureProviderNotFoundEvent} from the
 * form's authentication manager (no provider there for the OIDC token; no principal): not a sign-in of its own.
 */
final class OidcSignIn {

    static final String REGISTRATION_ID = "council";
    static final String AUTHORIZATION_PATH = "/oauth2/authorization/" + REGISTRATION_ID;
    static final String NO_ROLE = "provision_lens_no_role";

    private OidcSignIn() {}

    static void apply(HttpSecurity http) throws Exception {
        ApplicationContext context = http.getSharedObject(ApplicationContext.class);
        OidcSettings settings = context.getBean(OidcSettings.class);
        if (!settings.configured()) {
            return;
        }
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                .registrationId(REGISTRATION_ID)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .clientName(settings.displayName())
                .scope("openid", "profile", "email")
                .build();
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(new InMemoryClientRegistrationRepository(registration))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(roles(settings)))
                .successHandler(new LandingPage())
                .failureHandler(failure(context)));
    }

    /** Loads the user as Spring does (ID token, user info), then keeps only the roles the claim maps to. */
    static OAuth2UserService<OidcUserRequest, OidcUser> roles(OidcSettings settings) {
        OidcUserService loader = new OidcUserService();
        return request -> {
            OidcUser loaded = loader.loadUser(request);
            String nameClaim =
                    loaded.getClaims().get(settings.usernameClaim()) == null ? "sub" : settings.usernameClaim();
            List<Role> roles = settings.rolesOf(values(loaded.getClaims().get(settings.rolesClaim())));
            if (roles.isEmpty()) {
                throw new OAuth2AuthenticationException(
                        new OAuth2Error(
                                NO_ROLE,
                                "Your account has no role in Provision Lens: ask your administrator to add you to"
                                        + " one of its groups",
                                null),
                        String.valueOf(loaded.getClaims().get(nameClaim)));
            }
            Collection<GrantedAuthority> authorities = new ArrayList<>();
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
            return new DefaultOidcUser(authorities, loaded.getIdToken(), loaded.getUserInfo(), nameClaim);
        };
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    /** Back to the sign-in page with why (no role, or the sign-in did not work), and the failure published. */
    private static AuthenticationFailureHandler failure(ApplicationContext context) {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            boolean noRole = exception instanceof OAuth2AuthenticationException oauth
                    && NO_ROLE.equals(oauth.getError().getErrorCode());
            // the user's name when the provider vouched for it (no role), else unknown
            String name = noRole && exception.getMessage() != null ? exception.getMessage() : "unknown";
            context.publishEvent(new AuthenticationFailureBadCredentialsEvent(new OidcSignInAttempt(name), exception));
            redirect(request, response, noRole ? "/login?refused" : "/login?oidc-failed");
        };
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }

    /** Whether the sign-in page offers the button, and what it says. */
    static Map<String, String> button(OidcSettings settings) {
        return settings.configured() ? Map.of("label", settings.displayName(), "href", AUTHORIZATION_PATH) : Map.of();
    }
}
