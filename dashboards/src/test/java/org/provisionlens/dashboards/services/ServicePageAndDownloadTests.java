package org.provisionlens.dashboards.services;

import static org.assertj.core.api.Assertions.assertThat;
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
 * The page of one service of the published Trafford run ({@link ServiceFixtures#sixTraffordServices}) with the
 * listings it was merged from, and the CSV download of the services table: unknown values are empty cells, never 0.
 */
@DashboardsTest
class ServicePageAndDownloadTests {

    static final String TRAFFORD = "E08000009";
    static final String NHS = ServiceFixtures.NHS;

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
}
