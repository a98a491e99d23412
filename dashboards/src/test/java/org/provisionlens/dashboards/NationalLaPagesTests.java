package org.provisionlens.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two local authorities published as a national run publishes them ({@link NationalFixtures}): no schools-based
 * specialist sufficiency, boundaries, NHS waits, funding, consultation, forecasts or place planning. Every main page
 * renders for each of them, for every role allowed to see it, and says what the run does not hold.
 */
@DashboardsTest
class NationalLaPagesTests {

    static final String BURY = "E08000002";
    static final String TRAFFORD = "E08000009";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void twoLasOfANationalRun() {
        new Fixtures(jdbc).reset();
        NationalFixtures national = new NationalFixtures(jdbc);
        national.publish(TRAFFORD, "Trafford", 3143);
        national.publish(BURY, "Bury", 2210);
    }

    static final List<String> PAGES = List.of(
            "/",
            "/runs",
            "/services",
            "/sufficiency",
            "/review",
            "/review/map",
            "/review/backtest",
            "/review/cell?area=" + BURY + "&need=ALL&age=ALL&domain=EDUCATION&tier=SPECIALIST",
            "/health",
            "/health/waits",
            "/place-forecast",
            "/audit",
            "/you-said-we-did",
            "/you-said-we-did/easy-read",
            "/comments",
            "/comments/voices",
            "/consultation",
            "/funding",
            "/proposals",
            "/board");

    /** The sentence each page shows for what a national run's LA does not hold (pages not listed show data). */
    static final Map<String, String> SAYS_WHAT_IS_MISSING = Map.of(
            "/sufficiency", "This run has no\n        schools-based specialist sufficiency",
            "/review", "This review has no NHS community health waiting lists",
            "/review/map", "This run has no area boundaries to draw",
            "/review/backtest", "This run has no back-test.",
            "/health", "This review run does not name its NHS",
            "/health/waits", "This review run holds no NHS community waits",
            "/place-forecast", "This run has no place forecast",
            "/consultation", "The run's inputs hold no consultation",
            "/funding", "so the page has no funders, shares or amounts to show",
            "/board", "The review holds no NHS community waits for the ICB.");

    @Test
    void everyMainPageRendersForAnLaOfANationalRunForEveryRoleAllowedToSeeIt() {
        for (String user : List.of("commissioner", "board", "panel")) {
            Browser browser = new Browser(port);
            assertThat(browser.signIn(user, "trafford-demo").statusCode()).isEqualTo(302);
            for (String page : PAGES) {
                if (page.equals("/board") && user.equals("panel")) {
                    continue; // the board pack is not for the review panel
                }
                HttpResponse<String> response = browser.get(withLa(page, BURY));
                assertThat(response.statusCode()).as(user + " " + page).isEqualTo(200);
                assertThat(response.body())
                        .as(user + " " + page)
                        .doesNotContain("Sorry, there is a problem")
                        .contains("Bury");
            }
        }
    }

    @Test
    void eachPageSaysWhatTheRunDoesNotHold() {
        Browser browser = new Browser(port);
        assertThat(browser.signIn("commissioner", "trafford-demo").statusCode()).isEqualTo(302);
        SAYS_WHAT_IS_MISSING.forEach((page, sentence) ->
                assertThat(browser.get(withLa(page, BURY)).body()).as(page).contains(sentence));
        // the cell's page says it has no forecast instead of drawing one
        assertThat(browser.get(withLa(PAGES.get(7), BURY)).body())
                .contains("This run has no forecast for this series.")
                .contains("Bury Special School");
    }

    @Test
    void theChooserListsEveryPublishedLaByNameAndTheNavigationKeepsTheChosenOne() {
        Browser browser = new Browser(port);
        assertThat(browser.signIn("commissioner", "trafford-demo").statusCode()).isEqualTo(302);
        for (String page : List.of(
                "/services",
                "/sufficiency",
                "/review",
                "/review/backtest",
                "/audit",
                "/comments",
                "/you-said-we-did",
                "/funding",
                "/proposals",
                "/board")) {
            String html = browser.get(page + "?la=" + BURY).body();
            String chooser = html.substring(html.indexOf("<select class=\"govuk-select\""));
            chooser = chooser.substring(0, chooser.indexOf("</select>"));
            assertThat(Html.texts(chooser, "<option[^>]*>([^<]*)</option>"))
                    .as(page)
                    .containsExactly("Bury", "Trafford");
            assertThat(chooser).as(page).contains("<option value=\"E08000002\" selected=\"selected\">Bury</option>");
            // every link of the navigation stays on Bury
            assertThat(html)
                    .as(page)
                    .contains("href=\"/review?la=E08000002\"")
                    .contains("href=\"/services?la=E08000002\"")
                    .contains("href=\"/audit?la=E08000002\"");
        }
    }

    @Test
    void theOverviewCountsThePublishedLasAndLinksEachToItsReview() {
        String html = new Browser(port).get("/").body();

        assertThat(html).contains("2 local authorities have a published review.");
        assertThat(Html.texts(Html.element(html, "table", "published"), "<a class=\"govuk-link\" href=\"([^\"]+)\""))
                .containsExactly("/review?la=" + BURY, "/review?la=" + TRAFFORD);
        assertThat(Html.texts(html, "<option value=\"[^\"]+\">([^<]+)</option>"))
                .containsExactly("Bury", "Trafford");
    }

    private static String withLa(String page, String la) {
        return page + (page.contains("?") ? "&" : "?") + "la=" + la;
    }
}
