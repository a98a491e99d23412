package org.provisionlens.dashboards.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.dashboards.services.ServicesHtml.cells;
import static org.provisionlens.dashboards.services.ServicesHtml.domainCells;
import static org.provisionlens.dashboards.services.ServicesHtml.names;
import static org.provisionlens.dashboards.services.ServicesHtml.row;
import static org.provisionlens.dashboards.services.ServicesHtml.table;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Six services of the published Trafford run, worked out by hand. Listings: Delamere School and the Short Breaks Club
 * are each merged from 2, the other four from 1, so 8 listings and 2 merged services. The run finished on 2 June
 * 2025, so a review before 2 June 2024 is out of date: the Speech and Language Therapy service (1 June 2024) and the
 * never-reviewed Wheelchair Service are flagged; the Short Breaks Club (2 June 2024, the day itself) is not.
 */
@DashboardsTest
class ServicesPageTests {

    static final String TRAFFORD = "E08000009";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;
    ServiceFixtures services;
    long published;

    @BeforeEach
    void publishedTraffordServicesAndARunningRerun() {
        fixtures = new Fixtures(jdbc);
        fixtures.reset();
        services = new ServiceFixtures(jdbc);
        published = fixtures.run("trafford-2025", TRAFFORD, "Trafford", "published", Fixtures.STARTED.plusMinutes(2));
        fixtures.publish(published, TRAFFORD);
        services.sixTraffordServices(published);
        services.draftService(fixtures.run("trafford-rerun", TRAFFORD, "Trafford", "running", null));
    }

    @Test
    void summarisesTheServicesListingsAndMerges() {
        String page = signedIn().get("/services").body();

        assertThat(page)
                .contains("6 services from 8 listings; 2 services merged from listings of several sources")
                .contains("From review run " + published + ", the published run for Trafford.")
                .doesNotContain("Draft service of an unpublished run");
    }

    @Test
    void countsServicesByDomainAndTierInTheChartAndItsTable() {
        String page = signedIn().get("/services").body();

        assertThat(page)
                .contains("<svg role=\"img\" aria-labelledby=\"domain-tier-chart-title\"")
                .contains("<title id=\"domain-tier-chart-title\">Services by domain and tier</title>");
        String table = table(page, "domain-tier");
        assertThat(cells(table, "<th scope=\"col\"[^>]*>([^<]*)</th>"))
                .containsExactly("Domain", "Universal", "Targeted", "Specialist", "Not recorded");
        assertThat(domainCells(table, "Education")).containsExactly("0", "0", "1", "0");
        assertThat(domainCells(table, "Health")).containsExactly("0", "1", "1", "0");
        assertThat(domainCells(table, "Social care")).containsExactly("0", "1", "0", "0");
        assertThat(domainCells(table, "Preparation for adulthood")).containsExactly("0", "0", "0", "1");
        assertThat(domainCells(table, "Not recorded")).containsExactly("1", "0", "0", "0");
    }

    @Test
    void listsEveryServiceByNameWithItsFields() {
        String table = table(signedIn().get("/services").body(), "services");

        assertThat(names(table))
                .containsExactly(
                        "Delamere School",
                        "Short Breaks Club",
                        "Speech and Language Therapy",
                        "Supported Internships",
                        "Wheelchair Service",
                        "Youth Information Hub");
        assertThat(row(table, "Delamere School"))
                .contains("href=\"/services/schools:106385?la=E08000009\"")
                .contains(">Education<")
                .contains(">Specialist<")
                .contains(">ASD, SLD<")
                .contains(">2-19<")
                .contains(">120 places<")
                .contains(">118<")
                .contains(">Local authority<")
                .contains(">Yes<")
                .contains("15 January 2025")
                .doesNotContain("Not reviewed in the last 12 months")
                .contains(">directory, schools<")
                .contains("<strong class=\"govuk-tag govuk-tag--blue\">Merged from 2 listings</strong>");
        assertThat(row(table, "Speech and Language Therapy"))
                .contains(">up to 18<")
                .contains(">45 caseload<")
                .contains("1 June 2024")
                .contains("Not reviewed in the last 12 months")
                .doesNotContain("Merged from");
        assertThat(row(table, "Speech and Language Therapy").split(">Not reported<", -1))
                .hasSize(4); // current use, waiting list, waiting weeks
        assertThat(row(table, "Short Breaks Club"))
                .contains(">30 hours per week<")
                .contains(">28<")
                .contains("2 June 2024")
                .doesNotContain("Not reviewed in the last 12 months")
                .doesNotContain("Not reported")
                .contains("Merged from 2 listings");
        assertThat(row(table, "Supported Internships")).contains(">16-24<").contains(">12 places<");
        assertThat(row(table, "Youth Information Hub"))
                .contains(">Not recorded<")
                .contains(">Universal<")
                .contains(">Unknown<");
    }

    @Test
    void unknownCapacityIsUnknownNeverZero() {
        String table = table(signedIn().get("/services").body(), "services");

        String wheelchair = row(table, "Wheelchair Service");
        assertThat(wheelchair)
                .contains(">Unknown<")
                .doesNotContain(">0<")
                .contains(">from 5<")
                .contains(">No<")
                .contains(">Joint (local authority and ICB)<")
                .contains(">Never<")
                .contains("Not reviewed in the last 12 months");
        assertThat(row(table, "Youth Information Hub")).doesNotContain(">0<");
    }

    @Test
    void filtersByDomainNeedMergedAndName() {
        Browser browser = signedIn();

        assertThat(names(table(browser.get("/services?domain=HEALTH").body(), "services")))
                .containsExactly("Speech and Language Therapy", "Wheelchair Service");
        assertThat(names(table(browser.get("/services?need=ASD").body(), "services")))
                .containsExactly(
                        "Delamere School", "Short Breaks Club", "Speech and Language Therapy", "Supported Internships");
        assertThat(names(table(browser.get("/services?merged=true").body(), "services")))
                .containsExactly("Delamere School", "Short Breaks Club");
        assertThat(names(table(browser.get("/services?name=BREAK").body(), "services")))
                .containsExactly("Short Breaks Club");
        assertThat(names(table(browser.get("/services?domain=NOT_RECORDED").body(), "services")))
                .containsExactly("Youth Information Hub");
        assertThat(names(table(browser.get("/services?tier=TARGETED&need=PD").body(), "services")))
                .containsExactly("Wheelchair Service");
        String filtered = browser.get("/services?domain=HEALTH").body();
        assertThat(filtered)
                .contains("Showing 1 to 2 of 2 services")
                .contains("<option value=\"HEALTH\" selected=\"selected\">Health</option>")
                .contains("<option value=\"ASD\">ASD (Autistic spectrum disorder)</option>")
                .contains("href=\"/services.csv?la=E08000009&amp;domain=HEALTH\"")
                // The summary and the domain by tier table stay those of the whole run.
                .contains("6 services from 8 listings");
        assertThat(browser.get("/services?name=nothing-like-this").body()).contains("No services match");
        assertThat(browser.get("/services?domain=SPORT").statusCode()).isEqualTo(400);
    }

    @Test
    void sortsByNameEitherWay() {
        Browser browser = signedIn();

        String page = browser.get("/services?sort=-name").body();

        assertThat(names(table(page, "services")))
                .containsExactly(
                        "Youth Information Hub",
                        "Wheelchair Service",
                        "Supported Internships",
                        "Speech and Language Therapy",
                        "Short Breaks Club",
                        "Delamere School");
        assertThat(page).contains("aria-sort=\"descending\"").contains("href=\"/services?la=E08000009\"");
        assertThat(browser.get("/services").body())
                .contains("aria-sort=\"ascending\"")
                .contains("href=\"/services?la=E08000009&amp;sort=-name\"");
    }

    @Test
    void pagesAtAHundredServices() {
        services.many(published, 100);
        Browser browser = signedIn();

        String first = browser.get("/services").body();
        assertThat(first).contains("Showing 1 to 100 of 106 services").contains("rel=\"next\"");
        assertThat(names(table(first, "services"))).hasSize(100).startsWith("Delamere School");

        String second = browser.get("/services?page=2").body();
        assertThat(second).contains("Showing 101 to 106 of 106 services").contains("rel=\"prev\"");
        assertThat(names(table(second, "services")))
                .containsExactly(
                        "Zz Service 095",
                        "Zz Service 096",
                        "Zz Service 097",
                        "Zz Service 098",
                        "Zz Service 099",
                        "Zz Service 100");
        assertThat(browser.get("/services.csv").body().split("\r\n")).hasSize(107);
    }

    @Test
    void servicesNeedASignIn() {
        Browser browser = new Browser(port);

        for (String path : new String[] {"/services", "/services/schools:106385", "/services.csv"}) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(Browser.location(response)).as(path).endsWith("/login");
        }
    }

    @Test
    void theNavigationLeadsToServicesBetweenRunsAndSufficiency() {
        String page = signedIn().get("/services").body();

        assertThat(page.indexOf(">Runs</a>")).isLessThan(page.indexOf(">Services</a>"));
        assertThat(page.indexOf(">Services</a>")).isLessThan(page.indexOf(">Sufficiency</a>"));
        assertThat(page).containsPattern("href=\"/services\"\\s+aria-current=\"page\">Services</a>");
    }

    private Browser signedIn() {
        return new Browser(port).signedInAsDemoCommissioner();
    }
}
