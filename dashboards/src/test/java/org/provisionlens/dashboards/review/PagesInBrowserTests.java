package org.provisionlens.dashboards.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.provisionlens.dashboards.Chromium;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.audit.AuditFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages in a real browser (Debian's chromium, driven through chromium-driver): sign in through the form, follow a
 * heat-map cell to its page, and check every page with axe-core for accessibility violations of any impact (WCAG 2.x A and AA)
 * (WCAG 2.2 AA is the aim). Skipped, with a message, where chromium or chromium-driver is not installed; .ci/run
 * installs both and fails the build if any test was skipped, so they always run in CI.
 */
@DashboardsTest
class PagesInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        Chromium.assumeInstalled();
        ReviewFixtures review = new ReviewFixtures(jdbc).trafford().boundaries().backtest();
        AuditFixtures.write(jdbc, review.published); // the audit page with its elements, listings and charts
        new org.provisionlens.dashboards.placeplanning.PlaceForecastFixtures(jdbc).forecast(review.published);
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void signsInFollowsACellAndEveryPageIsAccessible() throws IOException {
        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(violations()).as("overview").isEmpty();

        browser.get(url("/you-said-we-did"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You said, we did");
        assertThat(violations()).as("you said, we did").isEmpty();

        browser.get(url("/review"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(violations()).as("login").isEmpty();
        browser.findElement(By.id("username")).sendKeys("commissioner");
        browser.findElement(By.id("password")).sendKeys("trafford-demo");
        Chromium.submitSignIn(browser);

        browser.get(url("/review"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sufficiency review");
        assertThat(violations()).as("review").isEmpty();

        // the heat map's first cell link opens that cell's page, with its verdict and forecast
        browser.findElement(By.cssSelector("#heat-map td a")).click();
        assertThat(browser.getCurrentUrl()).contains("/review/cell?");
        assertThat(browser.findElements(By.cssSelector(".govuk-tag"))).isNotEmpty();
        assertThat(violations()).as("cell").isEmpty();

        for (String page : List.of(
                "/review/map",
                "/review/backtest",
                "/audit",
                "/services",
                "/runs",
                "/sufficiency",
                "/place-forecast",
                "/comments/responses",
                "/comments/held",
                "/comments")) {
            browser.get(url(page));
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(page).isNotBlank();
            assertThat(violations()).as(page).isEmpty();
        }
        // the place forecast draws its chart
        browser.get(url("/place-forecast"));
        assertThat(browser.findElements(By.cssSelector("#place-forecast-chart rect")))
                .isNotEmpty();
        assertThat(browser.findElement(By.id("scap-special-school")).getText()).contains("Reception to Year 14");
        // the map is drawn: one path per locality of the fixture
        browser.get(url("/review/map?la=" + ReviewFixtures.TRAFFORD
                + "&measure=gap&need=ALL&age=ALL&domain=EDUCATION&tier=SPECIALIST"));
        List<org.openqa.selenium.WebElement> paths = new org.openqa.selenium.support.ui.WebDriverWait(
                        browser, Duration.ofSeconds(10))
                .until(d -> {
                    List<org.openqa.selenium.WebElement> found = d.findElements(By.cssSelector("svg path"));
                    return found.isEmpty() ? null : found;
                });
        assertThat(paths).as("map at %s", browser.getCurrentUrl()).isNotEmpty();
    }

    private List<String> violations() throws IOException {
        return Chromium.violationsOfAnyImpact(browser);
    }
}
