package org.provisionlens.dashboards.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@DashboardsTest
class OverviewPageTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;

    @BeforeEach
    void emptyDatabase() {
        fixtures = new Fixtures(jdbc);
        fixtures.reset();
    }

    @Test
    void saysNothingIsPublishedYetAndHowToRunOne() {
        HttpResponse<String> page = new Browser(port).get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"en\"")
                .contains("No review run has been published yet")
                .contains("mvn -Pdemo package")
                .contains("Contains public sector information licensed under the")
                .contains("Open Government Licence v3.0")
                .contains("Skip to main content")
                .contains("Sign in");
    }

    @Test
    void showsThePublicFiguresOfEachPublishedRunWithoutLogin() {
        long trafford = fixtures.run("trafford-2025", "E08000009", "Trafford", "published", Fixtures.STARTED);
        fixtures.headline(trafford, "E08000009", "358", "Trafford", 3143, 1016, 140, 80000);
        fixtures.publish(trafford, "E08000009");
        long unpublished = fixtures.run("stockport-2025", "E08000007", "Stockport", "running", null);
        fixtures.headline(unpublished, "E08000007", "356", "Stockport", 4321, 1200, 200, 90000);

        HttpResponse<String> page = new Browser(port).get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Trafford")
                .contains("2024/25")
                .contains("3,143")
                .contains("2 June 2025")
                .doesNotContain("Stockport")
                .doesNotContain("4,321")
                .doesNotContain("No review run has been published yet");
    }

    @Test
    void servesGovukFrontendFromItsWebjarWithoutLogin() {
        Browser browser = new Browser(port);

        assertThat(browser.get("/govuk/govuk-frontend.min.css").statusCode()).isEqualTo(200);
        assertThat(browser.get("/govuk/govuk-frontend.min.js").statusCode()).isEqualTo(200);
        assertThat(browser.get("/assets/fonts/bold-b542beb274-v2.woff2").statusCode())
                .isEqualTo(200);
        assertThat(browser.get("/css/provision-lens.css").statusCode()).isEqualTo(200);
    }
}
