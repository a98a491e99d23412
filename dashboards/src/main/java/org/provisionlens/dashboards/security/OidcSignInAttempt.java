package org.provisionlens.dashboards.security;

import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;

/**
 * A sign-in through the identity provider that did not succeed, as the source of the failure event: an
 * {@link OAuth2AuthenticationToken} (so listeners tell it from a form sign-in by its type) that is not authenticated,
 * with no authorities, named after the user when the provider vouched for them, else "unknown".
 */
final class OidcSignInAttempt extends OAuth2AuthenticationToken {

    OidcSignInAttempt(String name) {
        super(new DefaultOAuth2User(List.of(), Map.of("sub", name), "sub"), List.of(), OidcSignIn.REGISTRATION_ID);
        setAuthenticated(false);
    }
}
