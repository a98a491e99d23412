package org.provisionlens.dashboards.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in through the council's identity provider (OpenID Connect), read once from
 * {@code provision-lens.security.oidc}. Off unless {@code issuer-uri} is set: then the provider's discovery document is
 * read at start, the sign-in page offers a button named {@code display-name} beside the form, and a signed-in user's
 * roles come from the values of the claim {@code roles-claim} (a list or a single string) through {@code roles}. A user
 * none of whose values maps to a role is refused.
 */
@ConfigurationProperties("provision-lens.security.oidc")
record OidcSettings(
        String issuerUri,
        String clientId,
        String clientSecret,
        String displayName,
        String rolesClaim,
        String usernameClaim,
        List<RoleMapping> roles) {

    OidcSettings {
        displayName = blank(displayName) ? "Sign in with your council account" : displayName;
        rolesClaim = blank(rolesClaim) ? "groups" : rolesClaim;
        usernameClaim = blank(usernameClaim) ? "preferred_username" : usernameClaim;
        roles = roles == null ? List.of() : List.copyOf(roles);
        if (!blank(issuerUri)) {
            if (blank(clientId)) {
                throw new IllegalArgumentException(
                        "provision-lens.security.oidc.client-id is required when issuer-uri is set");
            }
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("provision-lens.security.oidc.roles needs at least one mapping from"
                        + " a value of the claim " + rolesClaim + " to a role: nobody could sign in");
            }
        }
    }

    /** Whether sign-in through the identity provider is on. */
    boolean configured() {
        return !blank(issuerUri);
    }

    /** The roles the given claim values map to, in the order of {@link Role}. */
    List<Role> rolesOf(List<String> claimValues) {
        return roles.stream()
                .filter(mapping -> claimValues.contains(mapping.claimValue()))
                .map(RoleMapping::role)
                .distinct()
                .sorted()
                .toList();
    }

    /** One value of the roles claim (e.g. a group's name) and the role it grants. */
    record RoleMapping(String claimValue, Role role) {

        RoleMapping {
            if (blank(claimValue) || role == null) {
                throw new IllegalArgumentException(
                        "provision-lens.security.oidc.roles[] needs a claim-value and a role (one of "
                                + List.of(Role.values()) + ")");
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
