package org.provisionlens.dashboards.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The check of held comments over {@link CommentFixtures}: 2 held (h01, h02), both "Waiting times", negative. */
@DashboardsTest
class HeldCommentsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HeldCommentsRepository held;

    @BeforeEach
    void trafford() {
        new CommentFixtures(jdbc).trafford();
    }

    @Test
    void onlyCommissionersAndAdminsCheckHeldComments() {
        assertThat(Browser.location(new Browser(port).get("/comments/held"))).endsWith("/login");
        Browser panel = new Browser(port);
        panel.signIn("panel", "trafford-demo");
        assertThat(panel.get("/comments/held?la=E08000009").statusCode()).isEqualTo(403);
        String page = new Browser(port)
                .signedInAsDemoCommissioner()
                .get("/comments/held?la=E08000009")
                .body();
        assertThat(page)
                .contains("h01")
                .contains("h02")
                .contains("HELDWORD waited")
                .contains("a name after a person cue is in no gazetteer")
                .doesNotContain("UNKNOWN_NAME_AFTER_CUE")
                .doesNotContain("RAWMARKER");
    }

    @Test
    void everyViewOfAnOriginalIsAudited() {
        Browser browser = new Browser(port).signedInAsDemoCommissioner();
        String page = browser.get("/comments/held/h01/original?la=E08000009").body();
        assertThat(page).contains("RAWMARKER my child Jane Smith HELDWORD waited");
        assertThat(jdbc.queryForList(
                        "SELECT username || ' ' || action || ' ' || subject FROM audit_event WHERE kind = 'RAW_DATA_VIEW'",
                        String.class))
                .singleElement()
                .satisfies(event -> assertThat(event)
                        .startsWith("commissioner viewed raw comment run ")
                        .endsWith(" comment h01"));
        // a comment that is not held has no original page
        assertThat(browser.get("/comments/held/w01/original?la=E08000009").statusCode())
                .isEqualTo(404);
    }

    @Test
    void anOriginalIsNeverReadWithoutItsAuditRow() {
        long run = jdbc.queryForObject("SELECT run_id FROM published_run", Long.class);
        // an audit row that cannot be written (no user): the read fails with it, nothing is returned or recorded
        assertThatThrownBy(() -> held.original(run, "h01", null)).hasMessageContaining("username");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event", Integer.class))
                .isZero();
        assertThat(held.original(run, "h01", "commissioner")).hasValue("RAWMARKER my child Jane Smith HELDWORD waited");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event", Integer.class))
                .isOne();
        // no comment, nothing read, nothing audited
        assertThat(held.original(run, "nope", "commissioner")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event", Integer.class))
                .isOne();
    }

    @Test
    void aReleasedCommentCountsInThePublicReport() {
        Browser browser = new Browser(port).signedInAsDemoCommissioner();
        String token =
                Browser.csrfToken(browser.get("/comments/held?la=E08000009").body());
        HttpResponse<String> released =
                browser.post("/comments/held/h01?la=E08000009", Map.of("decision", "release", "_csrf", token));
        assertThat(released.statusCode()).isEqualTo(302);
        String report = new Browser(port)
                .get("/you-said-we-did?la=E08000009&period=2025")
                .body();
        // waiting times: 20 published (12 unhappy) + h01 released (unhappy) = 21, 13 unhappy; h02 still held
        assertThat(report)
                .contains("Most people (13 of 21) were unhappy with it")
                .contains("1 comment is being checked before publication, or was withheld after checking.");
    }
}
