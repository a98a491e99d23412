package org.provisionlens.dashboards.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OidcSettingsTests {

    static final List<OidcSettings.RoleMapping> ROLES = List.of(
            new OidcSettings.RoleMapping("send-commissioners", Role.COMMISSIONER),
            new OidcSettings.RoleMapping("send-review-panel", Role.PANEL),
            new OidcSettings.RoleMapping("send-leads", Role.COMMISSIONER));

    @Test
    void withoutAnIssuerSignInThroughAProviderIsOffAndNeedsNothingElse() {
        OidcSettings settings = new OidcSettings(null, null, null, null, null, null, null);

        assertThat(settings.configured()).isFalse();
        assertThat(settings.rolesClaim()).isEqualTo("groups");
        assertThat(settings.usernameClaim()).isEqualTo("preferred_username");
        assertThat(OidcSignIn.button(settings)).isEmpty();
    }

    @Test
    void anIssuerNeedsAClientIdAndAtLeastOneRoleMapping() {
        assertThatThrownBy(() -> new OidcSettings("https://idp.example", null, "s", null, null, null, ROLES))
                .hasMessage("provision-lens.security.oidc.client-id is required when issuer-uri is set");
        assertThatThrownBy(() -> new OidcSettings("https://idp.example", "pl", "s", null, "roles", null, List.of()))
                .hasMessageStartingWith("provision-lens.security.oidc.roles needs at least one mapping from a value of"
                        + " the claim roles");
        assertThatThrownBy(() -> new OidcSettings.RoleMapping("send-commissioners", null))
                .hasMessageStartingWith("provision-lens.security.oidc.roles[] needs a claim-value and a role");
    }

    @Test
    void claimValuesMapToTheirRolesOnceEachAndUnknownValuesToNone() {
        OidcSettings settings = new OidcSettings("https://idp.example", "pl", "s", "Sign in with X", null, null, ROLES);

        assertThat(settings.rolesOf(List.of("send-leads", "send-review-panel", "send-commissioners", "finance")))
                .containsExactly(Role.COMMISSIONER, Role.PANEL);
        assertThat(settings.rolesOf(List.of("finance", "all-staff"))).isEmpty();
        assertThat(OidcSignIn.button(settings))
                .containsEntry("label", "Sign in with X")
                .containsEntry("href", "/oauth2/authorization/council");
    }
}
