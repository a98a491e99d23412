package org.provisionlens.dashboards.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** Without {@code provision-lens.security.oidc.issuer-uri} nothing of the identity provider exists. */
@DashboardsTest
class OidcNotConfiguredTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theSignInPageHasNoProviderButtonAndTheProvidersAddressesAreNotServed() {
        Browser browser = new Browser(port);

        assertThat(browser.get("/login").body()).doesNotContain("oauth2").doesNotContain("council account");
        HttpResponse<String> start = browser.get("/oauth2/authorization/council");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(Browser.location(start)).endsWith("/login");
        assertThat(context.getBean(OidcSettings.class).configured()).isFalse();
        assertThat(context.getBeansOfType(ClientRegistrationRepository.class)).isEmpty();
    }
}
