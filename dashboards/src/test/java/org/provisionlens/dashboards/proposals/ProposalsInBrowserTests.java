package org.provisionlens.dashboards.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.provisionlens.dashboards.Chromium;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The proposal pages in a real browser, checked with axe-core (no violation of any impact), as a commissioner
 * and as a panel member. Skipped with a message where chromium is not installed; CI installs it.
 */
@DashboardsTest
class ProposalsInBrowserTests {

    static final String LA = "?la=" + ProposalsFixtures.TRAFFORD;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        Chromium.assumeInstalled();
        new ProposalsFixtures(jdbc).trafford();
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theCommissionersPagesAreAccessible() throws IOException {
        signIn("commissioner");
        assertThat(browser.getCurrentUrl()).endsWith("/sufficiency");
        check(List.of(
                "/proposals" + LA,
                "/proposals/new" + LA,
                "/proposals/close-alpha" + LA,
                "/proposals/close-alpha" + LA + "&scenario=HIGH",
                "/proposals/close-beta" + LA,
                "/proposals/compare" + LA + "&ids=close-alpha,close-beta"));
    }

    @Test
    void thePanelsPagesAreAccessible() throws IOException {
        signIn("panel");
        assertThat(browser.getCurrentUrl()).endsWith("/proposals");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Proposals");
        check(List.of(
                "/proposals" + LA,
                "/proposals/close-alpha" + LA,
                "/proposals/close-beta" + LA,
                "/proposals/compare" + LA + "&ids=close-alpha,close-beta"));
    }

    @Test
    void theEvidencePackPageIsAccessibleToBoth() throws IOException {
        for (String user : List.of("commissioner", "panel")) {
            signIn(user);
            check(List.of("/proposals/close-alpha/evidence" + LA));
            browser.manage().deleteAllCookies();
        }
    }

    private void signIn(String user) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("trafford-demo");
        Chromium.submitSignIn(browser);
    }

    private void check(List<String> pages) throws IOException {
        for (String page : pages) {
            browser.get("http://localhost:" + port + page);
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(page).isNotBlank();
            assertThat(browser.getTitle()).as(page).doesNotContain("Sorry");
            assertThat(Chromium.violationsOfAnyImpact(browser)).as(page).isEmpty();
        }
    }
}
