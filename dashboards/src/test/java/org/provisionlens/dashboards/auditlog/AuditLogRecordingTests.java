package org.provisionlens.dashboards.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Fixtures;
import org.provisionlens.dashboards.NationalFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the audit log records over real HTTP: sign-ins and sign-outs, downloads and views of raw data with their LA
 * and run (a page served from the page cache too), pages refused to a signed-in user; and what it does not (pages
 * that show no raw data, a refused page as a view, the password).
 */
@DashboardsTest
@Import(MovableClock.Configuration.class)
class AuditLogRecordingTests {

    static final String TRAFFORD = "E08000009";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    long run;

    @BeforeEach
    void traffordPublished() {
        new Fixtures(jdbc).reset();
        run = new NationalFixtures(jdbc).publish(TRAFFORD, "Trafford", 3143);
        clock.set("2020-02-03T10:00:00Z");
    }

    @Test
    void downloadsAndViewsOfRawDataAreRecordedOnceEachWithTheirLaAndRun() {
        Visitor commissioner = new Visitor(port, "198.51.100.20").signedIn("commissioner", "trafford-demo");

        assertThat(commissioner.get("/services?la=" + TRAFFORD).statusCode()).isEqualTo(200);
        assertThat(commissioner.get("/services.csv?la=" + TRAFFORD).statusCode())
                .isEqualTo(200);
        assertThat(commissioner.get("/review.xlsx").statusCode()).isEqualTo(200);
        assertThat(commissioner.get("/runs/" + run).statusCode()).isEqualTo(200);
        assertThat(commissioner.get("/runs/999999").statusCode()).isEqualTo(404);
        HttpResponse<String> first = commissioner.get("/comments/voices?la=" + TRAFFORD);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Trafford");
        // the LA renamed under the same published run: a page rendered again would say so, the kept page does not
        jdbc.update("UPDATE review_headline SET la_name = 'Renamed' WHERE run_id = ?", run);
        jdbc.update("UPDATE review_run SET la_name = 'Renamed' WHERE run_id = ?", run);
        HttpResponse<String> cached = commissioner.get("/comments/voices?la=" + TRAFFORD);
        assertThat(cached.statusCode()).isEqualTo(200);
        assertThat(cached.body()).contains("Trafford").doesNotContain("Renamed");
        HttpResponse<String> runs = commissioner.get("/runs");
        commissioner.post("/logout", Map.of("_csrf", Browser.csrfToken(runs.body())));
        HttpResponse<String> pdf = new Visitor(port, "198.51.100.21").get("/you-said-we-did.pdf?la=" + TRAFFORD);
        assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(200);

        assertThat(events())
                .containsExactly(
                        "SIGN_IN commissioner COMMISSIONER FORM signed in /login - -",
                        "EXPORT commissioner COMMISSIONER - downloaded /services.csv?la=E08000009 E08000009 " + run,
                        "EXPORT commissioner COMMISSIONER - downloaded /review.xlsx E08000009 " + run,
                        "RAW_DATA_VIEW commissioner COMMISSIONER - viewed raw data /runs/" + run + " E08000009 " + run,
                        "RAW_DATA_VIEW commissioner COMMISSIONER - viewed raw data /comments/voices?la=E08000009"
                                + " E08000009 " + run,
                        "RAW_DATA_VIEW commissioner COMMISSIONER - viewed raw data /comments/voices?la=E08000009"
                                + " E08000009 " + run,
                        "SIGN_OUT commissioner COMMISSIONER - signed out /logout - -",
                        "EXPORT - - - downloaded /you-said-we-did.pdf?la=E08000009 E08000009 " + run);
        assertThat(jdbc.queryForList("SELECT DISTINCT remote_address FROM audit_event ORDER BY 1", String.class))
                .containsExactly("198.51.100.20", "198.51.100.21");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE happened_at = '2020-02-03T10:00:00Z'", Integer.class))
                .isEqualTo(8);
    }

    @Test
    void aFailedSignInKeepsTheNameAsTypedAndNeverThePassword() {
        new Visitor(port, "198.51.100.22").signIn("Commissioner", "my-secret-guess");

        assertThat(events()).containsExactly("SIGN_IN_FAILED Commissioner - FORM sign-in failed /login - -");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE concat_ws('|', username, action, subject, roles,"
                                + " remote_address) LIKE '%my-secret-guess%'",
                        Integer.class))
                .isZero();
    }

    @Test
    void aPageRefusedToASignedInUserIsRecordedAndNotAsAView() {
        Visitor panel = new Visitor(port, "198.51.100.23").signedIn("panel", "trafford-demo");
        Visitor visitor = new Visitor(port, "198.51.100.24");

        assertThat(panel.get("/runs/" + run).statusCode()).isEqualTo(403);
        assertThat(panel.get("/admin/audit-log").statusCode()).isEqualTo(403);
        assertThat(visitor.get("/runs/" + run).statusCode()).isEqualTo(302);

        assertThat(events())
                .containsExactly(
                        "SIGN_IN panel PANEL FORM signed in /login - -",
                        "ACCESS_DENIED panel PANEL - refused GET /runs/" + run + " - -",
                        "ACCESS_DENIED panel PANEL - refused GET /admin/audit-log - -");
    }

    /** Every event, oldest first, as "kind user roles method action subject la run" ("-" for none). */
    private List<String> events() {
        return jdbc.query(
                "SELECT kind, username, roles, sign_in_method, action, subject, la_code, run_id FROM audit_event"
                        + " ORDER BY event_id",
                (rs, i) -> String.join(
                        " ",
                        rs.getString(1),
                        dash(rs.getString(2)),
                        dash(rs.getString(3)),
                        dash(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        dash(rs.getString(7)),
                        dash(rs.getString(8))));
    }

    private static String dash(String text) {
        return text == null ? "-" : text;
    }
}
