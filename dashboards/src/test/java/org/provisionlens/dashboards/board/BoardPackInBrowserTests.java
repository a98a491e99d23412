package org.provisionlens.dashboards.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.provisionlens.dashboards.Chromium;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The board pack in a real browser, as each role that may open it: reached from the menu, free of axe violations. */
@DashboardsTest
class BoardPackInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        Chromium.assumeInstalled();
        new BoardFixtures(jdbc).trafford();
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"board", "commissioner"})
    void theMenuLeadsToAPackWithNoAccessibilityViolations(String user) throws IOException {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("trafford-demo");
        Chromium.submitSignIn(browser);
        browser.findElement(By.id("nav-board")).click();

        assertThat(browser.getCurrentUrl()).endsWith("/board");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Joint commissioning board pack: Trafford");
        // the insufficient cell's row: 120 referrals against 100 caseload
        assertThat(browser.findElement(By.cssSelector("#cells-table tbody tr td:nth-of-type(2)"))
                        .getText())
                .isEqualTo("120");
        assertThat(browser.findElements(By.cssSelector("main svg"))).hasSize(2);
        assertThat(Chromium.violationsOfAnyImpact(browser)).as(user).isEmpty();
    }
}
