package org.provisionlens.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link PageCache} over real HTTP: sessions share a kept page but each gets its own CSRF token; the panel is not
 * served the commissioner's page; publishing a new run for the LA shows the new run at once.
 */
@DashboardsTest
class PageCachePagesTests {

    static final String TRAFFORD = "E08000009";
    static final String SERVICES = "/services?la=" + TRAFFORD;
    static final String CSRF_INPUT = "name=\"_csrf\" value=\"([^\"]+)\"";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    long firstRun;

    @BeforeEach
    void traffordPublished() {
        new Fixtures(jdbc).reset();
        firstRun = new NationalFixtures(jdbc).publish(TRAFFORD, "Trafford", 3143);
    }

    /**
     * Spring Security writes a session's token masked afresh for each request (random bytes, then the token XORed with
     * them, Base64 for URLs); the session's own token is the XOR of the two halves.
     */
    static String unmasked(String masked) {
        byte[] bytes = Base64.getUrlDecoder().decode(masked);
        byte[] token = new byte[bytes.length / 2];
        for (int i = 0; i < token.length; i++) {
            token[i] = (byte) (bytes[i] ^ bytes[token.length + i]);
        }
        return new String(token, StandardCharsets.UTF_8);
    }

    private Browser signedIn(String user) {
        Browser browser = new Browser(port);
        assertThat(browser.signIn(user, "trafford-demo").statusCode()).isEqualTo(302);
        return browser;
    }

    /** The session's token, from a page that is never kept (the runs list). */
    private static String sessionToken(Browser browser) {
        return unmasked(Browser.csrfToken(browser.get("/runs").body()));
    }

    @Test
    void twoSessionsOfOneUserShareTheKeptPageEachWithItsOwnToken() {
        Browser a = signedIn("commissioner");
        Browser b = signedIn("commissioner");
        String tokenA = sessionToken(a);
        String tokenB = sessionToken(b);
        assertThat(tokenA).isNotEqualTo(tokenB);

        String pageA = a.get(SERVICES).body();
        assertThat(pageA).contains("From review run " + firstRun + ", the published run for Trafford.");
        // renamed underneath without a new publication (the key does not change): a page rendered afresh would say so
        jdbc.update("UPDATE review_headline SET la_name = 'Trafford Borough' WHERE run_id = ?", firstRun);
        HttpResponse<String> responseB = b.get(SERVICES);
        assertThat(responseB.statusCode()).isEqualTo(200);
        String pageB = responseB.body();
        assertThat(pageB)
                .contains("From review run " + firstRun + ", the published run for Trafford.")
                .doesNotContain("Trafford Borough");
        assertThat(signedIn("panel").get(SERVICES).body()).contains("the published run for Trafford Borough.");

        // every form of each page carries its own session's token, never the other's
        List<String> formsA = Html.texts(pageA, CSRF_INPUT);
        List<String> formsB = Html.texts(pageB, CSRF_INPUT);
        assertThat(formsA).isNotEmpty();
        assertThat(formsB).hasSameSizeAs(formsA);
        assertThat(formsA).allSatisfy(token -> assertThat(unmasked(token)).isEqualTo(tokenA));
        assertThat(formsB).allSatisfy(token -> assertThat(unmasked(token)).isEqualTo(tokenB));
        // and otherwise the same page, byte for byte
        assertThat(pageB.replaceAll(CSRF_INPUT, "_csrf")).isEqualTo(pageA.replaceAll(CSRF_INPUT, "_csrf"));
        assertThat(responseB.headers().firstValueAsLong("Content-Length").orElse(-1))
                .isEqualTo(pageB.getBytes(StandardCharsets.UTF_8).length);

        // the token B's kept page gave signs B out; A's token does not
        assertThat(b.post("/logout", Map.of("_csrf", formsA.get(0))).statusCode())
                .isEqualTo(403);
        HttpResponse<String> signOut = b.post("/logout", Map.of("_csrf", formsB.get(0)));
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(Browser.location(signOut)).endsWith("/login?logout");
    }

    @Test
    void thePanelIsNotServedTheCommissionersPage() {
        String commissioner = signedIn("commissioner").get(SERVICES).body();
        assertThat(commissioner).contains("id=\"nav-board\"").contains("<span>commissioner</span>");

        String panel = signedIn("panel").get(SERVICES).body();
        assertThat(panel)
                .contains("From review run " + firstRun + ", the published run for Trafford.")
                .contains("<span>panel</span>")
                .doesNotContain("id=\"nav-board\"")
                .doesNotContain("<span>commissioner</span>");

        // and the commissioner's kept page is still the commissioner's
        assertThat(signedIn("commissioner").get(SERVICES).body())
                .contains("id=\"nav-board\"")
                .doesNotContain("<span>panel</span>");
    }

    @Test
    void aNewRunPublishedForTheLaIsShownAtOnce() {
        Browser browser = signedIn("commissioner");
        assertThat(browser.get(SERVICES).body())
                .contains("From review run " + firstRun + ", the published run for Trafford.");

        jdbc.update("DELETE FROM published_run WHERE la_code = ?", TRAFFORD);
        long secondRun = new NationalFixtures(jdbc).publish(TRAFFORD, "Trafford", 3200);
        assertThat(secondRun).isGreaterThan(firstRun);

        String page = browser.get(SERVICES).body();
        assertThat(page)
                .contains("From review run " + secondRun + ", the published run for Trafford.")
                .doesNotContain("From review run " + firstRun + ",");
    }
}
