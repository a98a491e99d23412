package org.provisionlens.dashboards.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.Chromium;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.audit.AuditFixtures;
import org.provisionlens.dashboards.board.BoardFixtures;
import org.provisionlens.dashboards.comments.CommentFixtures;
import org.provisionlens.dashboards.consultation.ConsultationFixtures;
import org.provisionlens.dashboards.funding.FundingFixtures;
import org.provisionlens.dashboards.health.HealthFixtures;
import org.provisionlens.dashboards.placeplanning.PlaceForecastFixtures;
import org.provisionlens.dashboards.proposals.ProposalsFixtures;
import org.provisionlens.dashboards.review.ReviewFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every HTML page of the application, as every role that may open it, in headless chromium: zero axe-core violations
 * of any impact (WCAG 2.0, 2.1 and 2.2, levels A and AA: {@link Chromium#WCAG_TAGS}), and every chart with a table of
 * its numbers and a text summary.
 *
 * <p>The pages are the application's own GET handlers that render a view (from the {@code
 * RequestMappingHandlerMapping} bean), so a new page is visited without being listed here. Path variables and required
 * parameters are filled from {@link #VARIABLES} and {@link #REQUIRED_PARAMETERS}: a route with one these maps do not
 * know fails the test, and so does a page no role may open. Each role (a visitor, {@code commissioner}, {@code board},
 * {@code panel}, {@code admin}) signs in once in its own browser; a page is visited by each role for which it answers
 * 200 (checked first over HTTP in that role's session). The fixtures of the existing page tests cannot share one
 * database (each publishes its own Trafford run), so the pages are grouped by the fixture that gives them content
 * ({@link Content}), each fixture loaded once.
 *
 * <p>A page that is the same for two roles (but for the CSRF token and the name of who signed in) is checked once: 130
 * (page, role) pairs open 92 distinct pages on 31 routes. The role's browsers check a page at the same time.
 *
 * <p>Run time: 620 s measured on the 2-core build machine while other builds ran on it (load average 21 to 24; each
 * chromium took 15 to 20 s to start); on a quiet machine an estimated 1 to 2 minutes (92 axe-core runs of about 0.5 s,
 * five browsers). Worth its time: it is the only test that opens every page as every role.
 */
@DashboardsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageAccessibleTests {

    static final String TRAFFORD = "E08000009";

    /** The roles, as demo users; {@code null} is a visitor who has not signed in. */
    static final List<String> USERS = java.util.Arrays.asList(null, "commissioner", "board", "panel", "admin");

    /** Values of the path variables of every route, from the fixtures. */
    static final Map<String, String> VARIABLES = Map.of(
            "serviceId", "svc-brook", // AuditFixtures
            "commentId", "h01", // CommentFixtures: held for review
            "id", "close-alpha", // ProposalsFixtures
            "runId", "{published}"); // the review fixture's published run, known once loaded

    /** Required request parameters of routes, from the fixtures: route -> query string. */
    static final Map<String, String> REQUIRED_PARAMETERS = Map.of(
            "/review/cell",
            "la=" + TRAFFORD + "&area=" + TRAFFORD + "&need=ALL&age=ALL&domain=EDUCATION&tier=SPECIALIST");

    /** Extra addresses of routes, to see a page's other states (a filter, a second proposal compared). */
    static final Map<String, List<String>> EXTRA = Map.of(
            "/proposals/compare", List.of("/proposals/compare?ids=close-alpha,close-beta"),
            "/review/map",
                    List.of("/review/map?la=" + TRAFFORD
                            + "&measure=gap&need=ALL&age=ALL&domain=EDUCATION&tier=SPECIALIST"),
            "/health/waits", List.of("/health/waits?la=" + TRAFFORD + "&therapy=AUDIOLOGY"));

    /** The fixture that gives a route its content; the review's (with the audit and place forecast) by default. */
    enum Content {
        REVIEW,
        BOARD,
        COMMENTS,
        CONSULTATION,
        HEALTH,
        FUNDING,
        PROPOSALS;

        static Content of(String route) {
            if (route.startsWith("/board")) {
                return BOARD;
            }
            if (route.startsWith("/comments/voices") || route.startsWith("/consultation")) {
                return CONSULTATION;
            }
            if (route.startsWith("/comments") || route.startsWith("/you-said-we-did")) {
                return COMMENTS;
            }
            if (route.startsWith("/health")) {
                return HEALTH;
            }
            if (route.startsWith("/funding")) {
                return FUNDING;
            }
            if (route.startsWith("/proposals")) {
                return PROPOSALS;
            }
            return REVIEW;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, WebDriver> browsers = new LinkedHashMap<>();
    private final Map<String, Browser> sessions = new LinkedHashMap<>();

    /** route -> the roles that opened it. */
    private final Map<String, Set<String>> openedBy = new TreeMap<>();

    private final List<String> axeFailures = new ArrayList<>();
    private final List<String> chartFailures = new ArrayList<>();
    private final List<String> routeFailures = new ArrayList<>();
    private int visits;
    private int pairs;
    private final Set<String> checked = new java.util.HashSet<>();
    private final java.util.concurrent.ExecutorService pool =
            java.util.concurrent.Executors.newFixedThreadPool(USERS.size());

    @BeforeAll
    void visitEveryPageAsEveryRole() throws Exception {
        long start = System.nanoTime();
        Chromium.assumeInstalled();
        Map<String, String> routes = htmlRoutes(); // route pattern -> query string of its required parameters
        Map<Content, List<String>> byContent = new TreeMap<>();
        routes.keySet()
                .forEach(route -> byContent
                        .computeIfAbsent(Content.of(route), c -> new ArrayList<>())
                        .add(route));
        for (String user : USERS) {
            String role = user == null ? "visitor" : user;
            WebDriver browser = Chromium.start();
            browsers.put(role, browser);
            Browser session = new Browser(port);
            if (user != null) {
                Chromium.signIn(browser, base(), user);
                session.signIn(user, "trafford-demo");
            }
            sessions.put(role, session);
        }
        for (Map.Entry<Content, List<String>> group : byContent.entrySet()) {
            String published = String.valueOf(load(group.getKey()));
            for (String route : group.getValue()) {
                List<String> addresses = new ArrayList<>();
                addresses.add(address(route, routes.get(route), published));
                addresses.addAll(EXTRA.getOrDefault(route, List.of()));
                for (String address : addresses) {
                    visit(route, address);
                }
            }
        }
        System.out.println("EveryPageAccessibleTests: " + pairs + " (page, role) pairs opened, " + visits
                + " distinct pages checked in the browsers, " + openedBy.size() + " routes, in "
                + (System.nanoTime() - start) / 1_000_000_000 + " s: " + openedBy);
        routes.keySet().stream()
                .filter(route -> !openedBy.containsKey(route))
                .forEach(route -> routeFailures.add(route + ": no role could open it (status 200)"));
    }

    @AfterAll
    void closeBrowsers() {
        pool.shutdownNow();
        browsers.values().forEach(WebDriver::quit);
    }

    @Test
    void everyPageHasNoAccessibilityViolationAsEveryRole() {
        assertThat(axeFailures)
                .as("axe-core violations (page as role: impact rule: nodes), %d visits", visits)
                .isEmpty();
        assertThat(routeFailures).as("routes").isEmpty();
        assertThat(openedBy.keySet()).as("pages visited").contains("/", "/login", "/review", "/review/cell", "/audit");
        assertThat(openedBy.get("/review")).containsExactlyInAnyOrder("commissioner", "board", "panel", "admin");
        assertThat(openedBy.get("/")).containsExactlyInAnyOrder("visitor", "commissioner", "board", "panel", "admin");
        assertThat(openedBy.get("/admin/audit-log")).containsExactly("admin");
    }

    @Test
    void everyChartHasADataTableAndATextSummary() {
        assertThat(chartFailures).as("charts without their table or summary").isEmpty();
    }

    private void visit(String route, String address) throws Exception {
        List<java.util.concurrent.Callable<List<String>>> checks = new ArrayList<>();
        for (Map.Entry<String, WebDriver> entry : browsers.entrySet()) {
            String role = entry.getKey();
            HttpResponse<String> response = sessions.get(role).get(address);
            int expected = route.equals("/error") ? 404 : 200; // the error page, as a missing page shows it
            if (response.statusCode() != expected) {
                continue;
            }
            openedBy.computeIfAbsent(route, r -> new TreeSet<>()).add(role);
            pairs++;
            // a page that is the same for two roles (but for the CSRF token and the name of who signed in) gives the
            // same axe-core result: checked once
            String page = response.body()
                    .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                    .replaceAll("content=\"[^\"]*\" name=\"_csrf\"|name=\"_csrf\" content=\"[^\"]*\"", "")
                    .replace(">" + role + "<", ">USER<");
            if (!checked.add(address + "\n" + page)) {
                continue;
            }
            WebDriver browser = entry.getValue();
            visits++;
            checks.add(() -> {
                browser.get(base() + address);
                List<String> found = new ArrayList<>();
                for (String violation : Chromium.violationsOfAnyImpact(browser)) {
                    found.add("axe " + address + " as " + role + ": " + violation);
                }
                for (String problem : chartProblems(browser)) {
                    found.add("chart " + address + " as " + role + ": " + problem);
                }
                return found;
            });
        }
        // each role's browser checks its page at the same time as the others
        for (java.util.concurrent.Future<List<String>> done : pool.invokeAll(checks)) {
            for (String found : done.get()) {
                (found.startsWith("axe ") ? axeFailures : chartFailures).add(found.substring(found.indexOf(' ') + 1));
            }
        }
    }

    private long load(Content content) {
        switch (content) {
            case REVIEW -> {
                ReviewFixtures review =
                        new ReviewFixtures(jdbc).trafford().boundaries().backtest();
                AuditFixtures.write(jdbc, review.published);
                new PlaceForecastFixtures(jdbc).forecast(review.published);
                return review.published;
            }
            case BOARD -> {
                return new BoardFixtures(jdbc).trafford();
            }
            case COMMENTS ->
                new CommentFixtures(jdbc).trafford().lastYearsAction().leftOut();
            case CONSULTATION -> new ConsultationFixtures(jdbc).trafford();
            case HEALTH -> new HealthFixtures(jdbc).publish();
            case FUNDING -> {
                return new FundingFixtures(jdbc).trafford();
            }
            case PROPOSALS -> new ProposalsFixtures(jdbc).trafford();
        }
        Long run = jdbc.queryForObject("SELECT max(run_id) FROM published_run", Long.class);
        return run == null ? 0 : run;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");

    /** The address of a route: its variables filled, its required parameters given. */
    private String address(String route, String query, String published) {
        if (route.equals("/error")) {
            return "/no-such-page"; // the error page, as a missing page shows it
        }
        Matcher m = VARIABLE.matcher(route);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = VARIABLES.get(m.group(1)).replace("{published}", published);
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return query.isEmpty() ? path.toString() : path + "?" + query;
    }

    /**
     * The GET routes that render HTML (a view name or a {@link ModelAndView}, not a response body), each with the query
     * string of its required parameters; a path variable or required parameter the maps above do not know is a failure.
     */
    private Map<String, String> htmlRoutes() {
        Map<String, String> routes = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            Class<?> returned = handler.getMethod().getReturnType();
            boolean view = (returned == String.class || returned == ModelAndView.class)
                    && !handler.hasMethodAnnotation(ResponseBody.class)
                    && !handler.getBeanType().isAnnotationPresent(ResponseBody.class)
                    && !handler.getBeanType()
                            .isAnnotationPresent(org.springframework.web.bind.annotation.RestController.class);
            if (!view) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                Matcher m = VARIABLE.matcher(pattern);
                while (m.find()) {
                    if (!VARIABLES.containsKey(m.group(1))) {
                        unknown.add(pattern + ": path variable {" + m.group(1) + "}");
                    }
                }
                for (String parameter : requiredParameters(handler.getMethod())) {
                    if (!REQUIRED_PARAMETERS.getOrDefault(pattern, "").matches("(.*&)?" + parameter + "=.*")) {
                        unknown.add(pattern + ": required parameter " + parameter);
                    }
                }
                routes.put(pattern, REQUIRED_PARAMETERS.getOrDefault(pattern, ""));
            }
        }
        assertThat(unknown)
                .as("routes with a variable or required parameter this test does not know: add its value")
                .isEmpty();
        return routes;
    }

    private static List<String> requiredParameters(Method method) {
        List<String> required = new ArrayList<>();
        for (int i = 0; i < method.getParameterCount(); i++) {
            RequestParam param = new MethodParameter(method, i).getParameterAnnotation(RequestParam.class);
            if (param != null && param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())) {
                required.add(param.name().isEmpty() ? param.value() : param.name());
            }
        }
        return required;
    }

    /**
     * Every chart (an {@code svg} with role img, a map, or a {@code figure} holding an svg) has a text summary (the svg's
     * {@code title} or {@code desc}, a figure caption, or a paragraph beside it) and a table of its numbers (inside its
     * figure, referenced by {@code aria-describedby}, or among its sibling elements between the headings or charts
     * around it), a table with numbers in its body.
     */
    @SuppressWarnings("unchecked")
    static List<String> chartProblems(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(CHART_CHECK);
    }

    static final String CHART_CHECK = """
            var problems = [];
            var charts = [];
            document.querySelectorAll('svg[role=img], svg.pl-map, figure').forEach(function (e) {
              if (e.tagName.toLowerCase() === 'figure' && !e.querySelector('svg')) return;
              if (e.tagName.toLowerCase() === 'svg' && e.closest('figure')) return;
              charts.push(e);
            });
            function isChart(e) {
              return e.matches('svg[role=img], svg.pl-map, figure') || !!e.querySelector('svg[role=img], svg.pl-map');
            }
            charts.forEach(function (chart) {
              var svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
              var name = chart.id || svg.id || (svg.querySelector('title') || {}).textContent || 'a chart';
              // the outermost wrapper holding only this chart
              var unit = chart;
              while (unit.parentElement && unit.parentElement.children.length === 1
                  && unit.parentElement.tagName.toLowerCase() !== 'main') unit = unit.parentElement;
              var tables = [];
              var summary = false;
              chart.querySelectorAll('table').forEach(function (t) { tables.push(t); });
              [svg, chart].forEach(function (e) {
                (e.getAttribute('aria-describedby') || '').split(/\\s+/).forEach(function (id) {
                  var d = id && document.getElementById(id);
                  if (!d) return;
                  if (d.tagName.toLowerCase() === 'table') tables.push(d);
                  d.querySelectorAll('table').forEach(function (t) { tables.push(t); });
                  if (d.tagName.toLowerCase() !== 'table' && d.textContent.trim()) summary = true;
                });
              });
              var text = function (e) { return e && e.textContent.trim().length > 0; };
              if (text(svg.querySelector(':scope > title')) || text(svg.querySelector(':scope > desc'))
                  || text(chart.querySelector('figcaption'))) summary = true;
              for (var s = unit.nextElementSibling; s; s = s.nextElementSibling) {
                if (/^h[1-6]$/i.test(s.tagName) || isChart(s)) break;
                if (s.tagName.toLowerCase() === 'table') tables.push(s);
                s.querySelectorAll('table').forEach(function (t) { tables.push(t); });
                if (s.tagName.toLowerCase() === 'p' && text(s)) summary = true;
              }
              for (var b = unit.previousElementSibling; b; b = b.previousElementSibling) {
                if (/^h[1-6]$/i.test(b.tagName) || isChart(b)) break;
                if (b.tagName.toLowerCase() === 'table') tables.push(b);
                b.querySelectorAll('table').forEach(function (t) { tables.push(t); });
              }
              if (!summary) problems.push(name + ': no text summary (svg title or desc, caption or paragraph)');
              if (tables.filter(function (t) { return /\\d/.test(t.tBodies.length ? t.tBodies[0].textContent : ''); })
                  .length === 0) problems.push(name + ': no table of its numbers');
            });
            // colour is never the only carrier of meaning: a map's areas say their value, its legend names its colours
            document.querySelectorAll('svg.pl-map').forEach(function (map) {
              map.querySelectorAll('path').forEach(function (p) {
                var t = p.querySelector('title');
                if (!t || !t.textContent.trim()) problems.push(map.id + ': an area without a title');
              });
              var items = document.querySelectorAll('.pl-legend li');
              if (items.length === 0) problems.push(map.id + ': no legend');
              items.forEach(function (li) {
                if (!li.textContent.trim()) problems.push(map.id + ': a legend colour without words');
              });
            });
            // verdict tags carry words, not only their colour
            document.querySelectorAll('.govuk-tag').forEach(function (tag) {
              if (!tag.textContent.trim()) problems.push('a tag with no words: ' + tag.className);
            });
            return problems;
            """;
}
