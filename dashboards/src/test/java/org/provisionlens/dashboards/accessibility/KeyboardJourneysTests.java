package org.provisionlens.dashboards.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.provisionlens.dashboards.Chromium;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.comments.CommentFixtures;
import org.provisionlens.dashboards.review.ReviewFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main tasks with the keyboard alone (Tab, Enter and typing; no click): sign in, review a cell, download a table,
 * record a "You said, we did" response. At each tab stop the focused element ({@code document.activeElement}) is
 * checked, and that its focus is visible (an outline or a box shadow is drawn). On every page the skip link is the
 * first tab stop and Enter on it moves focus to the main content.
 *
 * <p>Run time: 103 s measured on the 2-core build machine while other builds ran on it (load average over 20; most of
 * it starting chromium and tabbing through the review's 60-odd stops one key at a time); an estimated 30 to 60 s on a
 * quiet machine.
 */
@DashboardsTest
class KeyboardJourneysTests {

    /** Enough tab stops to reach anything on the pages of these journeys (the review has the most: about 60). */
    static final int MAX_TABS = 200;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        Chromium.assumeInstalled();
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signsInWithTheKeyboard() {
        new ReviewFixtures(jdbc).trafford();
        browser.get(url("/login"));
        skipLinkFirstThenMain();
        tabUntil("the user name", e -> "username".equals(e.get("id")));
        type("commissioner");
        tab();
        assertThat(focused().get("id")).isEqualTo("password");
        type("trafford-demo");
        tab();
        assertThat(focused()).containsEntry("tag", "button").containsEntry("text", "Sign in");
        press(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(browser.getPageSource()).contains("Sign out");
    }

    @Test
    void reviewsACellWithTheKeyboard() {
        new ReviewFixtures(jdbc).trafford();
        Chromium.signIn(browser, base(), "commissioner");
        browser.get(url("/review"));
        skipLinkFirstThenMain();
        Map<String, Object> link = tabUntil(
                "a heat-map cell link", e -> String.valueOf(e.get("href")).contains("/review/cell?"));
        assertThat((Boolean) js("return document.activeElement.closest('#heat-map') !== null;"))
                .isTrue();
        press(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/review/cell?"));
        assertThat(browser.getCurrentUrl()).isEqualTo(link.get("href"));
        // the cell's page with its verdict, in words
        assertThat((String)
                        js("var t = document.querySelector('main .govuk-tag'); return t ? t.textContent.trim() : '';"))
                .isIn("Sufficient", "At risk", "Insufficient", "No data");
        skipLinkFirstThenMain();
    }

    @Test
    void downloadsATableWithTheKeyboard(@TempDir Path downloads) throws Exception {
        new ReviewFixtures(jdbc).trafford();
        Chromium.signIn(browser, base(), "commissioner");
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Page.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.get(url("/review"));
        skipLinkFirstThenMain();
        Map<String, Object> link = tabUntil(
                "the CSV link of the heat map's numbers",
                e -> String.valueOf(e.get("href")).contains("/review.csv?table=cells"));
        press(Keys.ENTER);
        Path file = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(".csv"))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        String downloaded = Files.readString(file, StandardCharsets.UTF_8);
        // the same table as the link gives in this session, over HTTP
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> fetched = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create((String) link.get("href")))
                                .header("Cookie", "JSESSIONID=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(downloaded).isEqualTo(fetched.body());
        assertThat(downloaded.lines().findFirst().orElse("")).contains(",");
        assertThat(browser.getCurrentUrl()).contains("/review");
    }

    @Test
    void recordsAResponseWithTheKeyboard() {
        new CommentFixtures(jdbc).trafford();
        Chromium.signIn(browser, base(), "commissioner");
        browser.get(url("/comments/responses"));
        skipLinkFirstThenMain();
        tabUntil("the first response box", e -> "response".equals(e.get("name")));
        String theme = (String) js("return document.activeElement.form.elements['theme'].value;");
        type("We have hired two more therapists");
        tab();
        assertThat(focused()).containsEntry("name", "action");
        type("Recruit by the spring");
        tab();
        assertThat(focused()).containsEntry("name", "owner");
        type("Head of therapies");
        tab();
        assertThat(focused()).containsEntry("name", "dueDay");
        type("31");
        tab();
        assertThat(focused()).containsEntry("name", "dueMonth");
        type("3");
        tab();
        assertThat(focused()).containsEntry("name", "dueYear");
        type("2026");
        tab();
        assertThat(focused()).containsEntry("name", "status");
        tab();
        assertThat(focused()).containsEntry("tag", "button");
        press(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> jdbc.queryForObject(
                                "SELECT count(*) FROM comment_response WHERE response = ?",
                                Integer.class,
                                "We have hired two more therapists")
                        == 1);
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT la_code, theme, response, action, owner, due_date, status, updated_by FROM comment_response"
                        + " WHERE response = ?",
                "We have hired two more therapists");
        assertThat(row)
                .containsEntry("la_code", "E08000009")
                .containsEntry("theme", theme)
                .containsEntry("action", "Recruit by the spring")
                .containsEntry("owner", "Head of therapies")
                .containsEntry("status", "planned")
                .containsEntry("updated_by", "commissioner");
        assertThat(((java.sql.Date) row.get("due_date")).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    /** The first Tab reaches the skip link, visibly; Enter on it moves focus to the main content. */
    private void skipLinkFirstThenMain() {
        js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        tab();
        Map<String, Object> first = focused();
        assertThat(first)
                .as("first tab stop on %s", browser.getCurrentUrl())
                .containsEntry("text", "Skip to main content")
                .containsEntry("visible", true);
        assertThat(String.valueOf(first.get("href"))).endsWith("#main-content");
        press(Keys.ENTER);
        assertThat(focused().get("id")).as("focus after the skip link").isEqualTo("main-content");
    }

    /** Tabs until the focused element matches, checking that every stop on the way shows its focus. */
    private Map<String, Object> tabUntil(String what, Predicate<Map<String, Object>> wanted) {
        for (int i = 0; i < MAX_TABS; i++) {
            tab();
            Map<String, Object> element = focused();
            assertThat(element.get("visible"))
                    .as("focus visible on tab stop %d of %s: %s", i + 1, browser.getCurrentUrl(), element)
                    .isEqualTo(true);
            if (wanted.test(element)) {
                return element;
            }
        }
        throw new AssertionError(what + " not reached in " + MAX_TABS + " tab stops on " + browser.getCurrentUrl());
    }

    /** The focused element: tag, id, name, href, text, and whether a focus outline or box shadow is drawn. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> focused() {
        return (Map<String, Object>) js("""
                        var e = document.activeElement;
                        var s = getComputedStyle(e);
                        var clear = function (c) { return c === 'transparent' || /rgba\\(.*, 0\\)$/.test(c); };
                        var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
                            && !clear(s.outlineColor);
                        var shadow = s.boxShadow && s.boxShadow !== 'none';
                        return {tag: e.tagName.toLowerCase(), id: e.id || '', name: e.getAttribute('name') || '',
                            href: e.href || '', text: (e.innerText || '').trim(), visible: !!(outline || shadow)};
                        """);
    }

    private void tab() {
        press(Keys.TAB);
    }

    private void press(Keys key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private void type(String text) {
        new Actions(browser).sendKeys(text).perform();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String url(String path) {
        return base() + path;
    }
}
