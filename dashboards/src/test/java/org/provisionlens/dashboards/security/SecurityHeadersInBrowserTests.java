package org.provisionlens.dashboards.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.provisionlens.dashboards.Chromium;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Fixtures;
import org.provisionlens.dashboards.NationalFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Content-Security-Policy in a real browser: on the main pages (as a commissioner, and the audit log as an admin)
 * nothing is refused by the policy, and the pages' scripts still run ({@code body.js-enabled}, set by
 * {@code /js/js-enabled.js}). Every violation is caught by a {@code securitypolicyviolation} listener that DevTools
 * installs before the page's own scripts (the event behind the console's "Refused to ... because it violates the
 * following Content Security Policy directive" errors).
 */
@DashboardsTest
class SecurityHeadersInBrowserTests {

    static final String TRAFFORD = "E08000009";
    static final String LISTENER = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));"
            + "});";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    WebDriver browser;
    long run;

    @BeforeEach
    void traffordPublished() {
        new Fixtures(jdbc).reset();
        run = new NationalFixtures(jdbc).publish(TRAFFORD, "Trafford", 3143);
        browser = Chromium.start();
        ((HasCdp) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTENER));
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("trafford-demo");
        Chromium.submitSignIn(browser);
    }

    @SuppressWarnings("unchecked")
    private void assertNoViolation(String path) {
        browser.get(url(path));
        List<String> violations =
                (List<String>) ((JavascriptExecutor) browser).executeScript("return window.__cspViolations;");
        assertThat(violations).as(path).isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class"))
                .as(path + ": scripts ran")
                .contains("js-enabled");
    }

    @Test
    void theMainPagesBreakNoPartOfThePolicyAndTheirScriptsRun() {
        assertNoViolation("/login");
        assertNoViolation("/");
        assertNoViolation("/you-said-we-did?la=" + TRAFFORD);
        signIn("commissioner");
        for (String path : List.of(
                "/services?la=" + TRAFFORD,
                "/sufficiency?la=" + TRAFFORD,
                "/review?la=" + TRAFFORD,
                "/review/map?la=" + TRAFFORD,
                "/review/backtest?la=" + TRAFFORD,
                "/audit?la=" + TRAFFORD,
                "/health?la=" + TRAFFORD,
                "/health/waits?la=" + TRAFFORD,
                "/place-forecast?la=" + TRAFFORD,
                "/funding?la=" + TRAFFORD,
                "/consultation?la=" + TRAFFORD,
                "/comments/voices?la=" + TRAFFORD,
                "/board?la=" + TRAFFORD,
                "/proposals?la=" + TRAFFORD,
                "/runs",
                "/runs/" + run,
                "/no-such-page")) {
            assertNoViolation(path);
        }
    }

    @Test
    void theAuditLogPageBreaksNoPartOfThePolicyAndPassesAxe() throws Exception {
        signIn("admin");
        assertNoViolation("/admin/audit-log");
        assertThat(browser.findElement(By.id("audit-chart-data")).isDisplayed()).isTrue();
        assertThat(Chromium.violationsOfAnyImpact(browser)).isEmpty();
    }

    @Test
    void anInlineScriptWouldBeCaught() {
        browser.get(url("/login"));
        ((JavascriptExecutor) browser)
                .executeScript("var s = document.createElement('script'); s.textContent = 'window.ran = 1;';"
                        + " document.body.appendChild(s);");
        @SuppressWarnings("unchecked")
        List<String> violations =
                (List<String>) ((JavascriptExecutor) browser).executeScript("return window.__cspViolations;");
        assertThat(violations).hasSize(1);
        assertThat(violations.get(0)).startsWith("script-src-elem inline");
    }
}
