package org.provisionlens.dashboards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real browser for page tests (Debian's chromium, driven through chromium-driver), and axe-core's check of the page
 * it shows. Where chromium or chromium-driver is not installed the test is skipped with a message; .ci/run installs
 * both and fails the build if any test was skipped, so they always run in CI.
 */
public final class Chromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static String axe;

    private Chromium() {}

    /** Skips the test (with a message) unless chromium and chromium-driver are installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Debian's chromium and chromium-driver are not installed: browser tests skipped"
                        + " (apt-get install chromium chromium-driver; .ci/run does)");
    }

    /** A headless chromium; the caller quits it. */
    /**
     * Submits the sign-in form and waits until the browser has left the sign-in page: the next {@code get} would
     * otherwise race the redirect to the landing page and end up there.
     */
    public static void submitSignIn(WebDriver browser) {
        browser.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]"))
                .click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    public static WebDriver start() {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--no-first-run",
                        "--disable-sync",
                        "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /**
     * The rules axe-core runs: exactly WCAG 2.0, 2.1 and 2.2 at levels A and AA (target size, 2.5.8, among them;
     * axe-core's experimental rules and best practices are not run).
     */
    public static final List<String> WCAG_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    /**
     * axe-core's violations of any impact (minor and moderate too) of the {@link #WCAG_TAGS} rules on the current page,
     * one line per rule: "impact rule: node | node | ..." (every node).
     */
    @SuppressWarnings("unchecked")
    public static List<String> violationsOfAnyImpact(WebDriver browser) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe());
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return (List<String>) js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
                        + "  resultTypes: ['violations']}).then(function (r) {"
                        + "  done(r.violations.map(function (v) { return v.impact + ' ' + v.id + ': '"
                        + "    + v.nodes.map(function (n) { return n.target.join(' '); }).join(' | '); }));"
                        + "}, function (e) { done(['axe-core failed: ' + e]); });",
                WCAG_TAGS);
    }

    /** Signs in through the form on {@code base + "/login"} as the demo user (password {@code trafford-demo}). */
    public static void signIn(WebDriver browser, String base, String user) {
        browser.get(base + "/login");
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(user);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys("trafford-demo");
        submitSignIn(browser);
    }

    private static synchronized String axe() throws IOException {
        if (axe == null) {
            try (InputStream in =
                    Chromium.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return axe;
    }
}
