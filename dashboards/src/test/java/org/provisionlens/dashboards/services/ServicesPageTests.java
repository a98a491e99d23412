package org.provisionlens.dashboards.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    static final String NHS = "Manchester University NHS Foundation Trust";

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
        services.service(
                published,
                "schools:106385",
                "Delamere School",
                "Trafford Council",
                "EDUCATION",
                "SPECIALIST",
                codes("ASD", "SLD"),
                2,
                19,
                120,
                "PLACES",
                counts(118, 4, 10),
                "LA",
                true,
                LocalDate.of(2025, 1, 15),
                2);
        services.source(published, "schools:106385", "schools", "gias-csv", "data/gias.csv", "line 12", "106385");
        services.source(
                published,
                "schools:106385",
                "directory",
                "oruk-json",
                "data/directory.json",
                "/contents/3",
                "ac148810-4f1e-4f8e-9b7a-1c2d3e4f5a6b");
        services.location(published, "schools:106385", 1, "Delamere School", "Irlam Road, Flixton", "M41 6AP");
        services.service(
                published,
                "directory:ac148811",
                "Speech and Language Therapy",
                NHS,
                "HEALTH",
                "SPECIALIST",
                codes("ASD", "SLCN"),
                null,
                18,
                45,
                "CASELOAD",
                counts(null, null, null),
                "ICB",
                true,
                LocalDate.of(2024, 6, 1),
                1);
        services.source(
                published,
                "directory:ac148811",
                "directory",
                "oruk-json",
                "data/directory.json",
                "/contents/5",
                "ac148811");
        services.service(
                published,
                "directory:ac148812",
                "Wheelchair Service",
                NHS,
                "HEALTH",
                "TARGETED",
                codes("PD"),
                5,
                null,
                null,
                null,
                counts(null, null, null),
                "JOINT",
                false,
                null,
                1);
        services.source(
                published,
                "directory:ac148812",
                "directory",
                "oruk-json",
                "data/directory.json",
                "/contents/6",
                "ac148812");
        services.service(
                published,
                "services:S-004",
                "Short Breaks Club",
                "Trafford Council",
                "SOCIAL_CARE",
                "TARGETED",
                codes("ASD", "SEMH"),
                8,
                17,
                30,
                "HOURS_PER_WEEK",
                counts(28, 0, 0),
                "LA",
                true,
                LocalDate.of(2024, 6, 2),
                2);
        services.source(published, "services:S-004", "services", "service-csv", "data/services.csv", "line 4", "S-004");
        services.source(
                published,
                "services:S-004",
                "directory",
                "oruk-json",
                "data/directory.json",
                "/contents/7",
                "ac148813");
        services.service(
                published,
                "directory:ac148814",
                "Youth Information Hub",
                null,
                null,
                "UNIVERSAL",
                codes(),
                null,
                null,
                null,
                null,
                counts(null, null, null),
                null,
                null,
                LocalDate.of(2025, 3, 1),
                1);
        services.source(
                published,
                "directory:ac148814",
                "directory",
                "oruk-json",
                "data/directory.json",
                "/contents/8",
                "ac148814");
        services.service(
                published,
                "services:S-006",
                "Supported Internships",
                "Trafford College",
                "PREPARATION_FOR_ADULTHOOD",
                null,
                codes("ASD", "MLD"),
                16,
                24,
                12,
                "PLACES",
                counts(null, null, null),
                "OTHER",
                true,
                LocalDate.of(2025, 2, 10),
                1);
        services.source(published, "services:S-006", "services", "service-csv", "data/services.csv", "line 6", "S-006");

        long running = fixtures.run("trafford-rerun", TRAFFORD, "Trafford", "running", null);
        services.service(
                running,
                "schools:999999",
                "Draft service of an unpublished run",
                "X",
                "HEALTH",
                "TARGETED",
                codes("ASD"),
                1,
                2,
                3,
                "PLACES",
                counts(1, 1, 1),
                "LA",
                true,
                null,
                3);
        services.source(running, "schools:999999", "schools", "gias-csv", "data/gias.csv", "line 2", "999999");
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
    void theServicePageShowsEveryFieldAndBothListingsOfAMergedService() {
        HttpResponse<String> response = signedIn().get("/services/schools%3A106385");

        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(page)
                .contains("<h1 class=\"govuk-heading-xl\">Delamere School</h1>")
                .contains("<code>schools:106385</code>")
                .contains("About Delamere School")
                .contains("ASD (Autistic spectrum disorder); SLD (Severe learning difficulty)")
                .contains("120 places")
                .contains("Merged from 2 listings");
        assertThat(row(table(page, "locations"), "Irlam Road, Flixton"))
                .contains("M41 6AP")
                .contains("53.42460, -2.32450");
        String sources = table(page, "sources");
        assertThat(row(sources, "data/gias.csv"))
                .contains(">schools<")
                .contains(">gias-csv<")
                .contains(">line 12<")
                .contains("<code>106385</code>");
        assertThat(row(sources, "data/directory.json"))
                .contains(">directory<")
                .contains(">oruk-json<")
                .contains(">/contents/3<")
                .contains("<code>ac148810-4f1e-4f8e-9b7a-1c2d3e4f5a6b</code>");
        assertThat(page).contains("2 listings, merged into this service.");
    }

    @Test
    void aServiceOfAnotherRunOrNoneIsNotFound() {
        Browser browser = signedIn();

        HttpResponse<String> unknown = browser.get("/services/schools:000000");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Page not found");
        assertThat(browser.get("/services/schools:999999").statusCode()).isEqualTo(404);
    }

    @Test
    void downloadsTheFilteredTableAsCsv() {
        Browser browser = signedIn();

        HttpResponse<String> all = browser.get("/services.csv");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(all.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"provision-lens-e08000009-run-" + published + "-services.csv\"");
        assertThat(all.body())
                .isEqualTo(HEADER
                        + "schools:106385,Delamere School,Trafford Council,EDUCATION,SPECIALIST,ASD SLD,2,19,120,PLACES,"
                        + "118,4,10,LA,true,2025-01-15,false,2,directory schools\r\n"
                        + "services:S-004,Short Breaks Club,Trafford Council,SOCIAL_CARE,TARGETED,ASD SEMH,8,17,30,"
                        + "HOURS_PER_WEEK,28,0,0,LA,true,2024-06-02,false,2,directory services\r\n"
                        + SPEECH
                        + "services:S-006,Supported Internships,Trafford College,PREPARATION_FOR_ADULTHOOD,,ASD MLD,16,"
                        + "24,12,PLACES,,,,OTHER,true,2025-02-10,false,1,services\r\n"
                        + WHEELCHAIR
                        + "directory:ac148814,Youth Information Hub,,,UNIVERSAL,,,,,,,,,,,2025-03-01,false,1,"
                        + "directory\r\n");

        assertThat(browser.get("/services.csv?la=E08000009&domain=HEALTH").body())
                .isEqualTo(HEADER + SPEECH + WHEELCHAIR);
        assertThat(browser.get("/services.csv?merged=true&sort=-name").body().split("\r\n"))
                .extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactly("service_id", "services:S-004", "schools:106385");
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

    static final String HEADER = "service_id,name,organisation,domain,tier,needs,min_age,max_age,capacity,"
            + "capacity_unit,current_use,waiting_list,waiting_weeks,funder,in_area,last_reviewed,"
            + "not_reviewed_in_12_months,merged_from,sources\r\n";
    static final String SPEECH = "directory:ac148811,Speech and Language Therapy," + NHS
            + ",HEALTH,SPECIALIST,ASD SLCN,,18,45,CASELOAD,,,,ICB,true,2024-06-01,true,1,directory\r\n";
    static final String WHEELCHAIR = "directory:ac148812,Wheelchair Service," + NHS
            + ",HEALTH,TARGETED,PD,5,,,,,,,JOINT,false,,true,1,directory\r\n";

    private Browser signedIn() {
        return new Browser(port).signedInAsDemoCommissioner();
    }

    private static String[] codes(String... codes) {
        return codes;
    }

    private static Integer[] counts(Integer currentUse, Integer waitingList, Integer waitingWeeks) {
        return new Integer[] {currentUse, waitingList, waitingWeeks};
    }

    static String table(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("table " + id).isNotNegative();
        return page.substring(start, page.indexOf("</table>", start));
    }

    static String row(String table, String text) {
        int at = table.indexOf(text);
        assertThat(at).as("row with " + text).isNotNegative();
        int start = table.lastIndexOf("<tr", at);
        return table.substring(start, table.indexOf("</tr>", at));
    }

    static List<String> cells(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        return matcher.results().map(result -> result.group(1).trim()).toList();
    }

    /** The counts of one domain's line of the domain by tier table. */
    static List<String> domainCells(String table, String domain) {
        return cells(
                row(table, "scope=\"row\" class=\"govuk-table__header\">" + domain + "<"), "<td[^>]*>([^<]*)</td>");
    }

    /** The service names of the services table, in order. */
    static List<String> names(String table) {
        return cells(table, "<a class=\"govuk-link\" href=\"/services/[^\"]*\">([^<]*)</a>");
    }
}
