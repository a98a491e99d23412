package org.provisionlens.dashboards.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Every route the application maps (read from its own {@code RequestMappingHandlerMapping} beans and the static
 * resource prefixes, so that a new route fails this test until it is given its expected statuses in {@link Routes}),
 * requested over real HTTP as each role, with the status each role must get; and the text of every page and download
 * (CSV, XLSX cells, PDF text) each role gets, searched for the personal data of {@link AccessFixtures}: each role sees
 * exactly the personal data it must ({@link #mustSee}), which is nothing for the public and the panel.
 *
 * <p>Why it costs more than a minute: 330 requests (66 requests to the 55 mappings and 4 static prefixes, as each
 * of 5 roles; PDFs rendered and workbooks built among them) in one pass that serves both checks. The method took 136
 * to 179 s on the shared 2-core machine under a load average near 18 (six builds at once); a quiet machine needs less.
 */
@DashboardsTest
class RouteAccessTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    AccessFixtures fixtures;

    @BeforeEach
    void trafford() {
        fixtures = new AccessFixtures(jdbc).trafford();
    }

    @Test
    void everyMappedRouteHasItsExpectedStatusesWrittenDown() {
        assertThat(mappedRoutes()).containsExactlyInAnyOrderElementsOf(Routes.ROUTES.keySet());
    }

    @Test
    void eachRoleGetsTheStatusAndThePersonalDataWrittenDownForEveryRoute() {
        Sessions sessions = new Sessions(port);
        List<String> wrong = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<String, List<Routes.Request>> route : Routes.ROUTES.entrySet()) {
            for (Routes.Request request : route.getValue()) {
                for (String role : Routes.ROLES) {
                    fixtures.throwawayProposal();
                    fixtures.throwawayHeldAgain();
                    HttpResponse<byte[]> response = Sessions.send(sessions.of(role), request, fixtures.run);
                    requests++;
                    String text = Contents.text(response);
                    List<String> seen = new ArrayList<>();
                    for (String marker : ALL_MARKERS) {
                        if (text.contains(marker)) {
                            seen.add(marker);
                        }
                    }
                    List<String> mustSee = mustSee(route.getKey(), role);
                    if (!seen.equals(mustSee)) {
                        leaks.add(route.getKey() + " " + request.path() + " as " + role + " (" + response.statusCode()
                                + ", " + text.length() + " chars): shows " + seen + ", must show " + mustSee);
                    }
                    int expected = request.status(role);
                    String location = Browser.location(response);
                    String what = route.getKey() + " " + request.send() + " " + request.path() + " as " + role;
                    if (response.statusCode() != expected) {
                        wrong.add(what + ": " + response.statusCode() + " (expected " + expected + ") " + location);
                    } else if (expected == 302 && role.equals("public") && !location.endsWith("/login")) {
                        wrong.add(what + ": redirected to " + location + ", not to /login");
                    } else if (expected == 302 && !role.equals("public") && location.contains("/login")) {
                        wrong.add(what + ": sent to sign in again");
                    }
                    // a refused action leaves the data as it was; a done one changed it
                    if (route.getKey().equals("POST /proposals/{id}/delete") && request.send() == Routes.Send.POST) {
                        boolean done = expected == 302 && !role.equals("public");
                        if (fixtures.throwawayProposalExists() == done) {
                            wrong.add(what + ": the throwaway proposal is wrongly " + (done ? "kept" : "gone"));
                        }
                    }
                    if (route.getKey().equals("POST /comments/held/{commentId}")
                            && request.send() == Routes.Send.POST) {
                        boolean done = expected == 302 && !role.equals("public");
                        if (fixtures.decisionsOnThrowaway() != (done ? 1 : 0)) {
                            wrong.add(what + ": " + fixtures.decisionsOnThrowaway() + " decisions recorded");
                        }
                    }
                }
            }
        }
        org.assertj.core.api.SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(wrong)
                    .as("routes with a status other than the one written down")
                    .isEmpty();
            soft.assertThat(leaks)
                    .as("pages and downloads showing personal data to a role that must not see it, or hiding it"
                            + " from one that must")
                    .isEmpty();
        });
        assertThat(requests)
                .isEqualTo(
                        5 * Routes.ROUTES.values().stream().mapToInt(List::size).sum());
        // nothing was built, uploaded or responded to by the non-destructive POSTs
        assertThat(jdbc.queryForObject("SELECT count(*) FROM proposal", Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM comment_response", Integer.class))
                .isZero();
    }

    static final List<String> ALL_MARKERS = markers();

    private static List<String> markers() {
        List<String> markers = new ArrayList<>(AccessFixtures.RAW_COMMENT_MARKERS);
        markers.addAll(AccessFixtures.QUARANTINE_MARKERS);
        markers.add(AccessFixtures.CHILD_ID);
        return List.copyOf(markers);
    }

    /**
     * The personal data a role must see on a route, in the order of {@link #ALL_MARKERS}: a held comment's original
     * (raw text: name, phone, email, street) for the commissioner and the admin; a run's quarantined values (a child's
     * id, a parent's name, phone and email) for the commissioner and the admin. Nothing else, anywhere: no
     * accepted child's id on any page or in any download.
     */
    static List<String> mustSee(String route, String role) {
        boolean commissionerOrAdmin = role.equals("commissioner") || role.equals("admin");
        if (route.equals("GET /comments/held/{commentId}/original") && commissionerOrAdmin) {
            return AccessFixtures.RAW_COMMENT_MARKERS;
        }
        if (route.equals("GET /runs/{runId}") && commissionerOrAdmin) {
            return AccessFixtures.QUARANTINE_MARKERS;
        }
        return List.of();
    }

    /** The application's mappings, named as {@link Routes} names them: {@code GET /path}, {@code RESOURCES /x/**}. */
    private Set<String> mappedRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping :
                context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("ANY");
                }
                for (String pattern : info.getPatternValues()) {
                    for (String method : methods) {
                        routes.add(method + " " + pattern);
                    }
                }
            }
        }
        for (SimpleUrlHandlerMapping mapping :
                context.getBeansOfType(SimpleUrlHandlerMapping.class).values()) {
            mapping.getHandlerMap().forEach((pattern, handler) -> {
                routes.add((handler instanceof ResourceHttpRequestHandler ? "RESOURCES " : "HANDLER ") + pattern);
            });
        }
        return routes;
    }
}
