package org.provisionlens.dashboards.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@DashboardsTest
class SignInTests {

    @LocalServerPort
    int port;

    @Test
    void restrictedPagesRedirectToTheLoginPage() {
        Browser browser = new Browser(port);

        for (String path : new String[] {"/sufficiency", "/runs", "/runs/1", "/sufficiency.csv?table=needs"}) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(Browser.location(response)).as(path).endsWith("/login");
        }
    }

    @Test
    void theLoginPageIsAGovukFormWithACsrfToken() {
        HttpResponse<String> page = new Browser(port).get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1 class=\"govuk-heading-xl\">Sign in</h1>")
                .contains("govuk-frontend.min.css")
                .contains("Beta");
        assertThat(Browser.csrfToken(page.body())).isNotBlank();
    }

    @Test
    void aWrongPasswordDoesNotSignIn() {
        Browser browser = new Browser(port);

        HttpResponse<String> response = browser.signIn("commissioner", "not-the-password");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Browser.location(response)).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("There is a problem");
        assertThat(browser.get("/sufficiency").statusCode()).isEqualTo(302);
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() {
        HttpResponse<String> response =
                new Browser(port).post("/login", Map.of("username", "commissioner", "password", "trafford-demo"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void theDemoCommissionerSignsInSeesTheirNameAndSignsOut() {
        Browser browser = new Browser(port).signedInAsDemoCommissioner();

        HttpResponse<String> page = browser.get("/runs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sign out").contains("(<span>commissioner</span>)");

        HttpResponse<String> signOut = browser.post("/logout", Map.of("_csrf", Browser.csrfToken(page.body())));
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(Browser.location(signOut)).endsWith("/login?logout");
        assertThat(browser.get("/runs").statusCode()).isEqualTo(302);
    }

    @Test
    void theDemoPanelUserMaySeeTheRuns() {
        Browser browser = new Browser(port);
        HttpResponse<String> response = browser.signIn("panel", "trafford-demo");

        assertThat(Browser.location(response)).doesNotContain("error");
        assertThat(browser.get("/runs").statusCode()).isEqualTo(200);
    }
}
