package org.provisionlens.dashboards.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every route of the application, written by hand: its mapping as Spring names it ({@code GET /runs/{runId}}, or a
 * static resource prefix {@code RESOURCES /govuk/**}), the requests the tests send to it, and the status each role
 * gets, in the order of {@link #ROLES}. Following {@code AccessRules} and DESIGN.md "Who sees what":
 *
 * <ul>
 *   <li>public (not signed in): the overview, "You said, we did" (pages and PDFs), the sign-in page, the assets;
 *       anything else sends them to sign in (302 to /login);
 *   <li>the board pack: commissioner, board and admin (the panel gets 403);
 *   <li>a run's own page (its quarantined rows show input values): commissioner, board and admin, never the panel;
 *   <li>responses to comments, held comments and their originals, building, uploading and deleting proposals:
 *       commissioner and admin only (board and panel get 403, even with a valid CSRF token);
 *   <li>the administrators' pages under {@code /admin} (the audit log): admin only;
 *   <li>everything else: any of the four roles.
 * </ul>
 *
 * {@code {run}} in a request stands for the fixture's run id.
 */
final class Routes {

    static final List<String> ROLES = List.of("public", "commissioner", "board", "panel", "admin");

    static final String PUBLIC = "200 200 200 200 200";
    static final String ANY_ROLE = "302 200 200 200 200";
    static final String BOARD_PACK = "302 200 200 403 200";
    static final String RUN_PAGE = "302 200 403 403 200";
    static final String COMMISSIONER = "302 200 403 403 200";
    /** A commissioner's action that redirects when done (deleting, deciding). */
    static final String COMMISSIONER_ACTS = "302 302 403 403 302";
    /** A POST-only route opened with GET: the role's rule first, then 405 for who may use it. */
    static final String COMMISSIONER_WRONG_METHOD = "302 405 403 403 405";
    /** A download of data the fixture's run does not hold (a national run's LA): 404 once signed in. */
    static final String NO_DATA = "302 404 404 404 404";
    /** An address nothing serves: sign in first, then 404. */
    static final String NOTHING_THERE = "302 404 404 404 404";

    /** How a request is sent. */
    enum Send {
        GET,
        /** a form POST with the session's CSRF token and the given fields */
        POST,
        /** a multipart POST with the CSRF token and an empty file {@code empty.yaml} in the field {@code file} */
        UPLOAD
    }

    /** One request to a route and the status each role gets (space-separated, in the order of {@link #ROLES}). */
    record Request(Send send, String path, Map<String, String> form, String statuses) {

        static Request get(String path, String statuses) {
            return new Request(Send.GET, path, Map.of(), statuses);
        }

        int status(String role) {
            return Integer.parseInt(statuses.split(" ")[ROLES.indexOf(role)]);
        }
    }

    static final String CELL = "/review/cell?area=E08000009&need=ALL&age=ALL&domain=EDUCATION&tier=SPECIALIST";

    /** Mapping (as {@code RouteAccessTests} names it) to the requests that exercise it. */
    static final Map<String, List<Request>> ROUTES = routes();

    private static Map<String, List<Request>> routes() {
        Map<String, List<Request>> routes = new LinkedHashMap<>();
        // public
        get(routes, "/", PUBLIC);
        get(routes, "/login", PUBLIC);
        get(routes, "/you-said-we-did", PUBLIC);
        get(routes, "/you-said-we-did.pdf", PUBLIC);
        get(routes, "/you-said-we-did/easy-read", PUBLIC);
        get(routes, "/you-said-we-did/easy-read.pdf", PUBLIC);
        // Boot's error page, opened directly (no error to show): public, and says 500
        routes.put("ANY /error", List.of(Request.get("/error", "500 500 500 500 500")));
        // the board pack
        get(routes, "/board", BOARD_PACK);
        get(routes, "/board/pack.pdf", BOARD_PACK);
        // runs
        get(routes, "/runs", ANY_ROLE);
        routes.put("GET /runs/{runId}", List.of(Request.get("/runs/{run}", RUN_PAGE)));
        // services, sufficiency, review, audit, place planning
        get(routes, "/services", ANY_ROLE);
        get(routes, "/services.csv", ANY_ROLE);
        get(routes, "/services.xlsx", ANY_ROLE);
        routes.put("GET /services/{serviceId}", List.of(Request.get("/services/svc-2", ANY_ROLE)));
        get(routes, "/sufficiency", ANY_ROLE);
        routes.put("GET /sufficiency.csv", List.of(Request.get("/sufficiency.csv?table=sufficiency", ANY_ROLE)));
        routes.put("GET /sufficiency.xlsx", List.of(Request.get("/sufficiency.xlsx?table=sufficiency", ANY_ROLE)));
        get(routes, "/review", ANY_ROLE);
        get(routes, "/review.csv", ANY_ROLE);
        get(routes, "/review.xlsx", ANY_ROLE);
        routes.put("GET /review/cell", List.of(Request.get(CELL, ANY_ROLE)));
        get(routes, "/review/map", ANY_ROLE);
        get(routes, "/review/backtest", ANY_ROLE);
        get(routes, "/review/nhs-waits.csv", ANY_ROLE);
        get(routes, "/audit", ANY_ROLE);
        get(routes, "/audit.csv", ANY_ROLE);
        get(routes, "/audit.xlsx", ANY_ROLE);
        get(routes, "/place-forecast", ANY_ROLE);
        get(routes, "/place-forecast.csv", NO_DATA);
        get(routes, "/place-forecast.xlsx", NO_DATA);
        // health, funding, consultation
        get(routes, "/health", ANY_ROLE);
        get(routes, "/health/waits", ANY_ROLE);
        get(routes, "/health/waits.csv", NO_DATA);
        get(routes, "/funding", ANY_ROLE);
        get(routes, "/funding.csv", ANY_ROLE);
        get(routes, "/consultation", ANY_ROLE);
        get(routes, "/consultation.csv", ANY_ROLE);
        // comments
        routes.put("GET /comments", List.of(Request.get("/comments?service=svc-2", ANY_ROLE)));
        get(routes, "/comments/voices", ANY_ROLE);
        get(routes, "/comments/voices.csv", ANY_ROLE);
        get(routes, "/comments/responses", COMMISSIONER);
        // an incomplete response: the form comes back with its errors, nothing is saved
        routes.put(
                "POST /comments/responses",
                List.of(new Request(
                        Send.POST,
                        "/comments/responses?la=E08000009&period=2025",
                        Map.of("theme", "waiting_times"),
                        COMMISSIONER)));
        get(routes, "/comments/held", COMMISSIONER);
        routes.put(
                "GET /comments/held/{commentId}/original",
                List.of(Request.get("/comments/held/" + AccessFixtures.HELD_COMMENT + "/original", COMMISSIONER)));
        routes.put(
                "POST /comments/held/{commentId}",
                List.of(
                        new Request(
                                Send.POST,
                                "/comments/held/" + AccessFixtures.THROWAWAY_COMMENT,
                                Map.of("decision", "withhold"),
                                COMMISSIONER_ACTS),
                        Request.get("/comments/held/" + AccessFixtures.THROWAWAY_COMMENT, COMMISSIONER_WRONG_METHOD)));
        // proposals
        get(routes, "/proposals", ANY_ROLE);
        routes.put("GET /proposals/{id}", List.of(Request.get("/proposals/" + AccessFixtures.PROPOSAL, ANY_ROLE)));
        routes.put(
                "GET /proposals/compare",
                List.of(Request.get(
                        "/proposals/compare?ids=" + AccessFixtures.PROPOSAL + "," + AccessFixtures.THROWAWAY_PROPOSAL,
                        ANY_ROLE)));
        routes.put(
                "GET /proposals/{id}/evidence",
                List.of(Request.get("/proposals/" + AccessFixtures.PROPOSAL + "/evidence", ANY_ROLE)));
        routes.put(
                "GET /proposals/{id}/evidence.pdf",
                List.of(Request.get("/proposals/" + AccessFixtures.PROPOSAL + "/evidence.pdf", ANY_ROLE)));
        get(routes, "/proposals/new", COMMISSIONER);
        // an empty form: it comes back with its errors, nothing is saved
        routes.put(
                "POST /proposals/new",
                List.of(new Request(Send.POST, "/proposals/new?la=E08000009", Map.of("id", ""), COMMISSIONER)));
        // an empty file: the list comes back with the problem, nothing is saved
        routes.put(
                "POST /proposals/upload",
                List.of(
                        new Request(Send.UPLOAD, "/proposals/upload?la=E08000009", Map.of(), COMMISSIONER),
                        // "upload" is taken for a proposal's id: no such proposal
                        Request.get("/proposals/upload", "302 404 403 403 404")));
        routes.put(
                "POST /proposals/{id}/delete",
                List.of(
                        new Request(
                                Send.POST,
                                "/proposals/" + AccessFixtures.THROWAWAY_PROPOSAL + "/delete?la=E08000009",
                                Map.of(),
                                COMMISSIONER_ACTS),
                        Request.get(
                                "/proposals/" + AccessFixtures.THROWAWAY_PROPOSAL + "/delete",
                                COMMISSIONER_WRONG_METHOD)));
        // the administrators' audit log and its CSV
        get(routes, "/admin/audit-log", "302 403 403 403 200");
        get(routes, "/admin/audit-log.csv", "302 403 403 403 200");
        // static resources
        routes.put("RESOURCES /govuk/**", List.of(Request.get("/govuk/govuk-frontend.min.css", PUBLIC)));
        routes.put(
                "RESOURCES /webjars/**",
                List.of(Request.get("/webjars/govuk-frontend/5.11.0/dist/govuk/govuk-frontend.min.css", ANY_ROLE)));
        routes.put("RESOURCES /assets/**", List.of(Request.get("/assets/images/favicon.ico", PUBLIC)));
        routes.put(
                "RESOURCES /**",
                List.of(
                        Request.get("/css/provision-lens.css", PUBLIC),
                        Request.get("/js/init.js", PUBLIC),
                        Request.get("/js/js-enabled.js", PUBLIC),
                        Request.get("/no-such-page", NOTHING_THERE),
                        // the administrators' addresses are closed to the other roles even where nothing is served yet
                        Request.get("/admin/no-such-page", "302 403 403 403 404")));
        return routes;
    }

    private static void get(Map<String, List<Request>> routes, String path, String statuses) {
        routes.put("GET " + path, List.of(Request.get(path, statuses)));
    }

    private Routes() {}
}
