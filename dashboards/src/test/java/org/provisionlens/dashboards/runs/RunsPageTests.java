package org.provisionlens.dashboards.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@DashboardsTest
class RunsPageTests {

    static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;
    long published;
    long failed;

    @BeforeEach
    void runs() {
        fixtures = new Fixtures(jdbc);
        fixtures.reset();
        published =
                fixtures.run("trafford-2025", "E08000009", "Trafford", "published", Fixtures.STARTED.plusSeconds(65));
        fixtures.publish(published, "E08000009");
        fixtures.input(published, "sen2", SHA, 100, 97, 3, 5);
        fixtures.input(published, "gias", SHA.toUpperCase(), 20, 20, 0, 2);
        fixtures.quarantine(published, "sen2", 17, "primary_need", "XYZ", "unknown primary need code");
        fixtures.quarantine(published, "sen2", 42, "la_code", "", "missing local authority code");
        fixtures.quarantine(published, "sen2", 99, "plans", "-4", "negative count");
        failed = fixtures.run("trafford-broken", "E08000009", "Trafford", "failed", Fixtures.STARTED.plusSeconds(3));
    }

    @Test
    void listsEveryRunWithItsStatusWhetherPublishedAndItsInputs() {
        HttpResponse<String> page =
                new Browser(port).signedInAsDemoCommissioner().get("/runs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<caption class=\"govuk-table__caption govuk-table__caption--m\">Every review run")
                .contains("scope=\"col\"")
                .contains("trafford-2025")
                .contains("trafford-broken")
                .contains("<strong class=\"govuk-tag govuk-tag--green\">published</strong>")
                .contains("<strong class=\"govuk-tag govuk-tag--red\">failed</strong>")
                .contains("Yes, for E08000009")
                .contains("1 min 5 s")
                .contains("Input missing")
                .contains("Inputs of run " + published + " (2)")
                .contains("<code>0123456789ab</code>")
                .contains("<code>0123456789AB</code>")
                .contains(">97<")
                .doesNotContain("http-equiv=\"refresh\"");
        // Newest first: equal start times, so the later run id comes first.
        assertThat(page.body().indexOf("trafford-broken"))
                .isLessThan(page.body().indexOf("trafford-2025"));
    }

    @Test
    void refreshesWhileARunIsRunning() throws SQLException {
        long running = fixtures.run("trafford-rerun", "E08000009", "Trafford", "running", null);
        try (Connection lease = leaseOf(running)) {
            Browser browser = new Browser(port).signedInAsDemoCommissioner();
            // the page offers to refresh itself, and refreshes only when asked (the reader controls the timing)
            assertThat(browser.get("/runs").body())
                    .doesNotContain("http-equiv=\"refresh\"")
                    .contains("href=\"/runs?refresh=true\"");
            HttpResponse<String> page = browser.get("/runs?refresh=true");

            assertThat(page.body())
                    .contains("<meta http-equiv=\"refresh\" content=\"10\">")
                    .contains("Stop refreshing")
                    .contains("<strong class=\"govuk-tag govuk-tag--blue\">running</strong>")
                    .contains("so far");
        }
    }

    @Test
    void aRunningRunWhoseProcessStoppedIsShownAsAbandoned() throws SQLException, InterruptedException {
        long abandoned = fixtures.run("trafford-killed", "E08000009", "Trafford", "running", null);
        int pid;
        try (Connection lease = leaseOf(abandoned)) {
            pid = jdbc.queryForObject("SELECT lease_pid FROM review_run WHERE run_id = ?", Integer.class, abandoned);
        }
        // the session is gone once PostgreSQL has ended it (it does so on its own time, in milliseconds)
        for (int tries = 0;
                jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE pid = ?", Long.class, pid) > 0;
                tries++) {
            assertThat(tries).as("session %d still alive", pid).isLessThan(300);
            Thread.sleep(100);
        }
        Browser browser = new Browser(port).signedInAsDemoCommissioner();

        HttpResponse<String> list = browser.get("/runs");
        HttpResponse<String> detail = browser.get("/runs/" + abandoned);

        String row = list.body().substring(list.body().indexOf(">trafford-killed<"));
        assertThat(row.substring(0, row.indexOf("</tr>")))
                .contains("<strong class=\"govuk-tag govuk-tag--red\">failed</strong>")
                .contains(">assess<")
                .contains(">Not known<")
                .contains("abandoned: the process stopped during assess");
        assertThat(list.body()).doesNotContain("A run is running").doesNotContain("govuk-tag--blue");
        assertThat(detail.body())
                .contains("abandoned: the process stopped during assess")
                .doesNotContain("This run is running");
        // the runs table still says running: the next run of the LA writes the abandonment down for good
        assertThat(jdbc.queryForObject("SELECT status FROM review_run WHERE run_id = ?", String.class, abandoned))
                .isEqualTo("running");
    }

    /**
     * Takes the run's lease as a review run does (migration V6) on a session of its own and records it on the run;
     * closing the connection ends the session, as the death of the run's process would.
     */
    private Connection leaseOf(long run) throws SQLException {
        Connection session = jdbc.getDataSource().getConnection();
        try (Statement statement = session.createStatement()) {
            try (ResultSet taken = statement.executeQuery("SELECT review_run_lease_try('E08000009')")) {
                assertThat(taken.next() && taken.getBoolean(1))
                        .as("lease taken")
                        .isTrue();
            }
            statement.executeUpdate(
                    "UPDATE review_run SET (lease_pid, lease_backend_start) = (SELECT pid, backend_start"
                            + " FROM pg_stat_activity WHERE pid = pg_backend_pid()) WHERE run_id = " + run);
        }
        return session;
    }

    @Test
    void theRunPageShowsItsInputsAndQuarantinedRows() {
        HttpResponse<String> page =
                new Browser(port).signedInAsDemoCommissioner().get("/runs/" + published);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Review run " + published)
                .contains("data/sen2.csv")
                .contains("unknown primary need code")
                .contains("primary_need")
                .contains("XYZ")
                .contains("missing local authority code")
                .contains("This is the published run for E08000009.");
    }

    @Test
    void anUnknownRunIsNotFound() {
        HttpResponse<String> page =
                new Browser(port).signedInAsDemoCommissioner().get("/runs/999999");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found");
    }
}
