package org.provisionlens.dashboards.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Fixtures;
import org.provisionlens.dashboards.NationalFixtures;
import org.provisionlens.dashboards.load.PageLoad.Page;
import org.provisionlens.dashboards.load.PageLoad.Result;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboards under load: 32 clients, each signed in as the commissioner in a session of its own, ask for the main
 * pages in turn with no pause for 60 s, and not one answer is an error (a status but 200, a timeout of 30 s, or a page
 * without its own h1, a download without its header). The times per page are printed, not asserted: speed is the
 * benchmark's.
 *
 * <p>It takes 60 s of load plus the application's start and the sign-ins (about 75 s on a quiet machine, four minutes
 * on the shared 2-core machine with other builds running), more than the suite's 60 s guide, because the issue asks
 * for 60 s of load: a shorter load would not show what a minute of 32 commissioners working at once does (the page
 * cache filling and serving, the database pool of 16 connections and Tomcat's queue full throughout).
 */
@DashboardsTest
class DashboardsUnderLoadTests {

    private static final String TRAFFORD = "E08000009";
    private static final int CLIENTS = 32;
    private static final int SECONDS = 60;

    private static final String H1 = "<h1 class=\"govuk-heading-xl\">";

    /** The main pages and what each answer must contain. */
    static final List<Page> PAGES = List.of(
            new Page("/", H1 + "Provision Lens</h1>"),
            new Page("/review", H1 + "Sufficiency review</h1>"),
            new Page(
                    "/review/cell?area={la}&need=ALL&age=ALL&domain=EDUCATION&tier=SPECIALIST",
                    H1 + "All needs, Trafford</h1>"),
            new Page("/sufficiency", H1 + "Specialist provision sufficiency</h1>"),
            new Page("/services", H1 + "Services</h1>"),
            new Page("/audit", H1 + "Local Offer completeness audit</h1>"),
            new Page("/runs", H1 + "Review runs</h1>"),
            new Page("/comments", H1 + "Comments</h1>"),
            new Page("/proposals", H1 + "Proposals</h1>"),
            new Page("/board", H1 + "Joint commissioning board pack"),
            new Page("/review.csv?table=cells", "area_code,area,area_level,need_code,need,age_band,domain,tier,"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void traffordPublished() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.reset();
        // a national run's Trafford (services, cells, localities, comments, the audit), with the schools-based
        // specialist sufficiency, its settings and the run's inputs of a review run
        long run = new NationalFixtures(jdbc).publish(TRAFFORD, "Trafford", 3143);
        // the period as a run writes it (the proposals' what-if reads it as a year)
        jdbc.update("UPDATE review_headline SET time_period = '202425' WHERE run_id = ?", run);
        fixtures.sufficiency(
                run,
                "STATE_SPECIAL_SCHOOL",
                "State-funded special schools",
                1,
                8,
                1,
                932,
                "partial",
                821,
                -111,
                88.1,
                false);
        fixtures.sufficiency(
                run,
                "INDEPENDENT_SPECIAL_SCHOOL",
                "Independent special schools",
                4,
                3,
                0,
                120,
                "complete",
                141,
                21,
                117.5,
                true);
        fixtures.need(run, "STATE_SPECIAL_SCHOOL", "ASD", 402);
        fixtures.need(run, "STATE_SPECIAL_SCHOOL", "SLD", 160);
        fixtures.setting(run, "106167", "Pictor Academy", "STATE_SPECIAL_SCHOOL", 150);
        fixtures.setting(run, "106168", "Brentwood School", "STATE_SPECIAL_SCHOOL", 120);
        fixtures.input(run, "schools", "aa", 103, 103, 0, 0);
        fixtures.input(run, "services", "bb", 14, 14, 0, 0);
    }

    @Test
    void thirtyTwoCommissionersForSixtySecondsGetNoErrors() throws Exception {
        Result result = PageLoad.run("http://localhost:" + port, CLIENTS, SECONDS, List.of(""), PAGES);
        PageLoad.print(result);

        assertThat(result.clientFailures()).as("clients that could not sign in").isEmpty();
        assertThat(result.firstErrors()).as("the first error of each page").isEmpty();
        assertThat(result.totalErrors()).isZero();
        // each client goes through the 11 pages in turn from a page of its own: at the least, every client through
        // every page once in the minute (one answer every 5.5 s), 32 x 11 = 352 requests, 32 of each page
        assertThat(result.requests()).isGreaterThanOrEqualTo(CLIENTS * PAGES.size());
        assertThat(result.times().values())
                .allSatisfy(times -> assertThat(times.size()).isGreaterThanOrEqualTo(CLIENTS));
        assertThat(result.seconds()).isGreaterThanOrEqualTo(SECONDS);
    }
}
