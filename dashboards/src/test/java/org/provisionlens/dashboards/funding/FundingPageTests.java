package org.provisionlens.dashboards.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.Chromium;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code /funding} in a real browser as each role that may see it, and its CSV: see {@link FundingFixtures}. */
@DashboardsTest
class FundingPageTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private long run;
    private WebDriver browser;

    @BeforeEach
    void trafford() {
        run = new FundingFixtures(jdbc).trafford();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void showsTotalsByFunderAndDomainTheJointServicesAndEachFunderToEveryRoleWithoutViolations() throws IOException {
        Chromium.assumeInstalled();
        for (String user : List.of("commissioner", "board", "panel")) {
            browser = Chromium.start();
            signIn(user);
            browser.get("http://localhost:" + port + "/funding");

            assertThat(text("funding-coverage"))
                    .isEqualTo("4 of the run's 5 services have funding rows (the run's service funding file). 1"
                            + " service has none: funded as the listing's single funder says, with no share or"
                            + " amount, and not in the totals.");
            // 190,000 / 670,000 = 28.4%; 430,000 / 670,000 = 64.2%; 50,000 / 670,000 = 7.5%; physio gives no amount
            assertThat(text("funding-summary"))
                    .isEqualTo("Of £670,000 a year with an amount given: Local authority £190,000 (28.4%),"
                            + " Integrated care board £430,000 (64.2%), Joint (local authority and ICB) £50,000"
                            + " (7.5%). 1 funding row gives no amount and is not in the totals.");
            assertThat(cells("#funding-totals thead th"))
                    .containsExactly(
                            "Domain",
                            "Local authority",
                            "Integrated care board",
                            "Joint (local authority and ICB)",
                            "All funders");
            assertThat(cells("#funding-totals tr[data-domain=EDUCATION] > *"))
                    .containsExactly("Education", "None", "None", "£50,000", "£50,000");
            assertThat(cells("#funding-totals tr[data-domain=HEALTH] > *"))
                    .containsExactly("Health", "£100,000", "£400,000", "None", "£500,000");
            assertThat(cells("#funding-totals tr[data-domain=SOCIAL_CARE] > *"))
                    .containsExactly("Social care", "£90,000", "£30,000", "None", "£120,000");
            assertThat(cells("#funding-totals tr[data-domain=ALL] > *"))
                    .containsExactly("All domains", "£190,000", "£430,000", "£50,000", "£670,000");
            assertThat(browser.findElements(By.cssSelector("svg#funding-chart")))
                    .hasSize(1);

            assertThat(text("joint-summary"))
                    .isEqualTo("3 of the 4 services with funding rows are jointly funded: more than one funder pays"
                            + " for them, or a pooled (joint) budget does.");
            assertThat(cells("#joint tbody tr > *"))
                    .containsExactly(
                            "CAMHS",
                            "Health",
                            "Integrated care board 80%, Local authority 20%",
                            "£500,000",
                            "Section 75 agreement",
                            "SENDIASS",
                            "Education",
                            "Joint (local authority and ICB) 100%",
                            "£50,000",
                            "Pooled budget",
                            "Short breaks",
                            "Social care",
                            "Local authority 75%, Integrated care board 25%",
                            "£120,000",
                            "Short breaks duty; Continuing care");
            assertThat(cells("#funders tr[data-service='services:S-PHYSIO'] > *"))
                    .containsExactly("Physiotherapy", "Integrated care board", "100%", "Not given", "Not given");
            assertThat(cells("#funders tr[data-service='services:S-CAMHS'][data-funder=ICB] > *"))
                    .containsExactly(
                            "CAMHS",
                            "Integrated care board (NHS Greater Manchester ICB)",
                            "80%",
                            "£400,000",
                            "Section 75 agreement");
            assertThat(Chromium.violationsOfAnyImpact(browser)).as(user).isEmpty();
            browser.quit();
            browser = null;
        }
    }

    @Test
    void theDownloadHasARowPerServiceAndFunderWithUnknownAmountsEmpty() {
        Browser http = new Browser(port).signedInAsDemoCommissioner();
        HttpResponse<String> csv = http.get("/funding.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("provision-lens-e08000009-run-" + run + "-funding.csv");
        assertThat(csv.body().split("\r\n"))
                .containsExactly(
                        "service_id,service,domain,funder,funder_name,share_pct,annual_amount,arrangement,"
                                + "jointly_funded",
                        "services:S-CAMHS,CAMHS,HEALTH,ICB,NHS Greater Manchester ICB,80.00,400000.00,Section 75"
                                + " agreement,yes",
                        "services:S-CAMHS,CAMHS,HEALTH,LA,Trafford Council,20.00,100000.00,Section 75 agreement,yes",
                        "services:S-PHYSIO,Physiotherapy,HEALTH,ICB,,100.00,,,no",
                        "services:S-IASS,SENDIASS,EDUCATION,JOINT,,100.00,50000.00,Pooled budget,yes",
                        "services:S-SB,Short breaks,SOCIAL_CARE,LA,Trafford Council,75.00,90000.00,Short breaks"
                                + " duty,yes",
                        "services:S-SB,Short breaks,SOCIAL_CARE,ICB,,25.00,30000.00,Continuing care,yes");
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        HttpResponse<String> page = new Browser(port).get("/funding");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(Browser.location(page)).endsWith("/login");
    }

    private void signIn(String user) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("trafford-demo");
        Chromium.submitSignIn(browser);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private List<String> cells(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream()
                .map(WebElement::getText)
                .toList();
    }
}
