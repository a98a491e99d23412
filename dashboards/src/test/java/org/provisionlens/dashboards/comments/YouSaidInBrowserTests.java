package org.provisionlens.dashboards.comments;

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
 * The public "You said, we did" page and its Easy Read version in a real browser, with axe-core finding no violation
 * of any impact, for someone not signed in and for each demo role (the page is public; the header differs).
 */
@DashboardsTest
class YouSaidInBrowserTests {

    static final List<String> PAGES =
            List.of("/you-said-we-did?la=E08000009&period=2025", "/you-said-we-did/easy-read?la=E08000009&period=2025");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        Chromium.assumeInstalled();
        new CommentFixtures(jdbc).trafford().lastYearsAction().leftOut();
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void thePagesHaveNoAxeViolationsForAnyone() throws IOException {
        check("not signed in");
        for (String user : List.of("commissioner", "panel", "board")) {
            browser.get("http://localhost:" + port + "/login");
            browser.findElement(By.id("username")).sendKeys(user);
            browser.findElement(By.id("password")).sendKeys("trafford-demo");
            Chromium.submitSignIn(browser);
            check(user);
            browser.manage().deleteAllCookies();
        }
    }

    private void check(String who) throws IOException {
        for (String page : PAGES) {
            browser.get("http://localhost:" + port + page);
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(page).startsWith("You said, we did");
            assertThat(Chromium.violationsOfAnyImpact(browser))
                    .as(who + " " + page)
                    .isEmpty();
        }
    }
}
