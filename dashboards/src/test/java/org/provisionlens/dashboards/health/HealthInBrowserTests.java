package org.provisionlens.dashboards.health;

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
 * The health pages as people see them in a real browser ({@link HealthFixtures} for the figures), free of
 * accessibility violations of any impact for each role that can see them.
 */
@DashboardsTest
class HealthInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private HealthFixtures fixtures;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        Chromium.assumeInstalled();
        fixtures = new HealthFixtures(jdbc);
        fixtures.publish();
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theIcbCellsSayWhyTheyAreJudgedAsTheyAre() {
        signIn("board");
        open("/health?la=" + HealthFixtures.TRAFFORD);

        assertThat(cells("#health-place dd"))
                .containsExactly(
                        "NHS Greater Manchester ICB - 02A (E38000187)",
                        HealthFixtures.GM_NAME + " (E54000057)",
                        "North West");
        // Stockport's 90 referrals against 80 are insufficient on their own; with Trafford's room the ICB is at risk
        // only by its 30-week wait
        assertThat(cells("#place-cells tr[data-cell=HEALTH-SPECIALIST] td"))
                .containsExactly("Health, Specialist", "120", "150 caseload", "Sufficient", "Trafford health");
        assertThat(cells("#icb-cells tr[data-cell=HEALTH-SPECIALIST] td"))
                .containsExactly(
                        "Health, Specialist",
                        "210",
                        "230 caseload",
                        "At risk",
                        "All needs, all ages, health, specialist, " + HealthFixtures.GM_NAME + ": 210 referrals (in use"
                                + " plus waiting), 230 caseload; the longest wait is 30 weeks (services' typical waits"
                                + " and children's waiting dates), longer than the NHS 18-week referral-to-treatment"
                                + " standard");
        assertThat(cells("#icb-cells tr[data-cell=SOCIAL_CARE-TARGETED] td").get(4))
                .endsWith("35 places; EHC plans forecast +13% by 2027; no data: Stockport: hours in use of Stockport"
                        + " Short Breaks");
    }

    @Test
    void theWaitsPageShowsTheLatestMonthAndTheTrendAgainstTheStandard() {
        signIn("commissioner");
        open("/health/waits?la=" + HealthFixtures.TRAFFORD);

        // October 2023: ICB (1,610 + 492) / 6,647 = 31.6%; England 26,933 / 67,790 = 39.7%; the trust 931 / 2,055 =
        // 45.3%
        assertThat(cells("#waits-latest tr[data-therapy=SPEECH_AND_LANGUAGE] td"))
                .containsExactly(
                        "NHS Greater Manchester ICB",
                        "6,647",
                        "2,102",
                        "492",
                        "31.6%",
                        "England",
                        "67,790",
                        "26,933",
                        "4,113",
                        "39.7%",
                        HealthFixtures.MFT,
                        "2,055",
                        "931",
                        "4",
                        "45.3%");
        // audiology: the ICB (449 + 19) / 1,415 = 33.1%, the trust (139 + 3) / 718 = 19.8%; England reports none here
        assertThat(cells("#waits-latest tr[data-therapy=AUDIOLOGY] td:last-child"))
                .containsExactly("33.1%", "19.8%");
        assertThat(browser.findElement(By.id("list-summary")).getText())
                .isEqualTo("From January 2023 to October 2023 the waiting list of NHS Greater Manchester ICB for speech"
                        + " and language therapy went from 5,847 to 6,647 children; 31.6% of them had waited more"
                        + " than 18 weeks in October 2023 (44.9% in January 2023).");
        assertThat(browser.findElement(By.id("share-summary")).getText())
                .isEqualTo("Waiting more than 18 weeks for speech and language therapy in October 2023: 31.6% in NHS"
                        + " Greater Manchester ICB, 39.7% in England, 45.3% in " + HealthFixtures.MFT
                        + ". Under the 18-week standard no child would.");
        // September: ICB (2,204 + 647) / 7,684 = 37.1%, England 27,130 / 65,057 = 41.7%, the trust 1,014 / 2,124 =
        // 47.7%
        assertThat(cells("#waits-trend tr[data-month='2023-09'] td"))
                .containsExactly("7,684", "2,851", "37.1%", "65,057", "27,130", "41.7%", "2,124", "1,014", "47.7%");
        assertThat(browser.findElements(By.cssSelector("svg#waits-list-chart, svg#waits-share-chart")))
                .hasSize(2);

        open("/health/waits?la=" + HealthFixtures.TRAFFORD + "&therapy=AUDIOLOGY");
        assertThat(browser.findElement(By.id("list-summary")).getText())
                .isEqualTo("In October 2023, 1,415 children waited for audiology in NHS Greater Manchester ICB; 33.1%"
                        + " of them more than 18 weeks.");
    }

    @Test
    void bothPagesHaveNoAccessibilityViolationsForAnyRoleThatSeesThem() throws IOException {
        for (String user : new String[] {"commissioner", "board", "panel"}) {
            browser.manage().deleteAllCookies();
            signIn(user);
            for (String page : new String[] {
                "/health?la=" + HealthFixtures.TRAFFORD,
                "/health/waits?la=" + HealthFixtures.TRAFFORD,
                "/health/waits?la=" + HealthFixtures.SHEFFIELD
            }) {
                open(page);
                assertThat(Chromium.violationsOfAnyImpact(browser))
                        .as(user + " " + page)
                        .isEmpty();
            }
        }
    }

    private void signIn(String user) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("trafford-demo");
        Chromium.submitSignIn(browser);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private List<String> cells(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream()
                .map(WebElement::getText)
                .toList();
    }
}
