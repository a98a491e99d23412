package org.provisionlens.dashboards.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@DashboardsTest
class ServiceCommentsPageTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void data() {
        new CommentFixtures(jdbc).trafford();
    }

    @Test
    void needsASignIn() {
        HttpResponse<String> page = new Browser(port).get("/comments?service=oruk:svc-1");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(Browser.location(page)).endsWith("/login");
    }

    @Test
    void showsTheAnonymisedCommentsNamingTheServiceWithoutItsPrefix() {
        String html = new Browser(port)
                .signedInAsDemoCommissioner()
                .get("/comments?service=oruk:svc-1&la=E08000009")
                .body();
        // w01 to w04 name svc-1; h01 and h02 do too but are held for review
        assertThat(html.split("<tr class=\"govuk-table__row\">", -1)).hasSize(1 + 1 + 4 + 1 + 3);
        assertThat(html)
                .contains("my child [CHILD 1] the waiting list for speech and language therapy is far too long")
                .contains("Unhappy")
                .doesNotContain("HELDWORD")
                .doesNotContain("RAWMARKER");
    }

    @Test
    void countsEachThemeYearByYear() {
        String html =
                new Browser(port).signedInAsDemoCommissioner().get("/comments").body();
        String trends = html.substring(html.indexOf("id=\"trends\""));
        // Communication 0 and 3, Home to school transport 0 and 9, Waiting times 1 and 20 (held ones left out)
        assertThat(trends.replaceAll("\\s+", " "))
                .contains("<th scope=\"row\" class=\"govuk-table__header\">Communication</th>"
                        + " <td class=\"govuk-table__cell govuk-table__cell--numeric\">0</td>"
                        + " <td class=\"govuk-table__cell govuk-table__cell--numeric\">3</td>")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">Waiting times</th>"
                        + " <td class=\"govuk-table__cell govuk-table__cell--numeric\">1</td>"
                        + " <td class=\"govuk-table__cell govuk-table__cell--numeric\">20</td>");
        assertThat(html).contains("<svg");
    }
}
