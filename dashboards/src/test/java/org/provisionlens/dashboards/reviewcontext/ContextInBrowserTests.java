package org.provisionlens.dashboards.reviewcontext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.provisionlens.dashboards.Chromium;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The thresholds box and the NHS waits as a person sees them in a real browser (see {@link ContextFixtures} for the
 * figures), and both pages free of accessibility violations of any impact (WCAG 2.x A and AA).
 */
@DashboardsTest
class ContextInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        Chromium.assumeInstalled();
        new ContextFixtures(jdbc).greaterManchester();
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theReviewPageAndAHealthCellShowTheThresholdsAndGreaterManchestersWaits() throws IOException {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("commissioner");
        browser.findElement(By.id("password")).sendKeys("trafford-demo");
        Chromium.submitSignIn(browser);

        browser.get("http://localhost:" + port + "/review");
        assertThat(browser.findElement(By.id("rule-occupancy")).getText())
                .isEqualTo("At risk when the cell is 90% full or more (from the manifest)");
        assertThat(browser.findElement(By.cssSelector("#nhs-waits h2")).getText())
                .isEqualTo("NHS community health waits for NHS Greater Manchester ICB");
        // speech and language, October 2023: (1,610 + 492) / 6,647 = 31.6% against England's 26,933 / 67,790 = 39.7%
        assertThat(cells("#nhs-waits-table tr[data-therapy=SPEECH_AND_LANGUAGE] td"))
                .containsExactly("6,647", "2,102", "492", "31.6%", "39.7%", "8.1 points below England");
        assertThat(browser.findElements(By.cssSelector("#nhs-waits svg"))).hasSize(1);
        assertThat(Chromium.violationsOfAnyImpact(browser)).as("review").isEmpty();

        browser.get("http://localhost:" + port + ContextFixtures.HEALTH_CELL);
        assertThat(browser.findElement(By.id("verdict-rules")).getText())
                .startsWith("How verdicts are set for this review: Insufficient when demand now exceeds capacity");
        assertThat(cells("#cell-nhs-waits-table tbody tr td"))
                .containsExactly("6,647", "2,102", "492", "31.6%", "39.7%", "8.1 points below England");
        assertThat(browser.findElement(By.id("cell-nhs-waits-none")).getText())
                .isEqualTo("The NHS waiting lists give no figures for NHS Greater Manchester ICB for: Physiotherapy.");
        assertThat(Chromium.violationsOfAnyImpact(browser)).as("health cell").isEmpty();
    }

    private List<String> cells(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream()
                .map(WebElement::getText)
                .toList();
    }
}
