package org.provisionlens.dashboards.consultation;

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

/** Both pages as each role that may see them sees them in chromium: the figures, and no accessibility violation. */
@DashboardsTest
class ConsultationInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        new ConsultationFixtures(jdbc).trafford();
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"commissioner", "board", "panel"})
    void theRegisterAndTheVoicesPageHaveNoAccessibilityViolations(String user) throws IOException {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("trafford-demo");
        Chromium.submitSignIn(browser);

        browser.get("http://localhost:" + port + "/consultation");
        assertThat(browser.findElement(By.id("gaps")).getText())
                .contains("5 of the 16 groups regulation 54 requires were consulted in the year; 11 were not.");
        assertThat(browser.findElement(By.cssSelector("a[aria-current=page]")).getText())
                .isEqualTo("Consultation");
        assertThat(Chromium.violationsOfAnyImpact(browser))
                .as("register as " + user)
                .isEmpty();

        browser.findElement(By.id("voices-link")).click();
        assertThat(browser.findElement(By.id("children-summary")).getText())
                .isEqualTo("9 of the 37 comments came from children and young people; 6 of theirs by routes that need"
                        + " no internet.");
        assertThat(Chromium.violationsOfAnyImpact(browser))
                .as("voices as " + user)
                .isEmpty();
    }
}
