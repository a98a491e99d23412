package org.provisionlens.dashboards.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.provisionlens.dashboards.Browser;

/**
 * One real HTTP session per role of {@link Routes#ROLES}: the public one not signed in, the others signed in through
 * the form as the demo users; each with a CSRF token taken from a page of its own session.
 */
final class Sessions {

    record Session(String role, Browser browser, String csrf) {}

    private final Map<String, Session> sessions = new LinkedHashMap<>();

    Sessions(int port) {
        for (String role : Routes.ROLES) {
            Browser browser = new Browser(port);
            String page = "/login";
            if (!role.equals("public")) {
                HttpResponse<String> signIn = browser.signIn(role, "trafford-demo");
                assertThat(signIn.statusCode()).as(role).isEqualTo(302);
                assertThat(Browser.location(signIn)).as(role).doesNotContain("error");
                // the sign-out form of a signed-in page carries the session's token
                page = "/";
            }
            sessions.put(
                    role,
                    new Session(
                            role, browser, Browser.csrfToken(browser.get(page).body())));
        }
    }

    Session of(String role) {
        return sessions.get(role);
    }

    /** Sends the request as it is described (GET, a form POST or an upload, with this session's token). */
    static HttpResponse<byte[]> send(Session session, Routes.Request request, long run) {
        String path = request.path().replace("{run}", Long.toString(run));
        return switch (request.send()) {
            case GET -> session.browser().getBytes(path);
            case POST -> {
                Map<String, String> form = new LinkedHashMap<>(request.form());
                form.put("_csrf", session.csrf());
                yield bytes(session.browser().post(path, form));
            }
            case UPLOAD -> bytes(session.browser().upload(path, session.csrf(), "file", "empty.yaml", ""));
        };
    }

    private static HttpResponse<byte[]> bytes(HttpResponse<String> response) {
        byte[] body = response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return response.statusCode();
            }

            @Override
            public java.net.http.HttpRequest request() {
                return response.request();
            }

            @Override
            public java.util.Optional<HttpResponse<byte[]>> previousResponse() {
                return java.util.Optional.empty();
            }

            @Override
            public java.net.http.HttpHeaders headers() {
                return response.headers();
            }

            @Override
            public byte[] body() {
                return body;
            }

            @Override
            public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
                return response.sslSession();
            }

            @Override
            public java.net.URI uri() {
                return response.uri();
            }

            @Override
            public java.net.http.HttpClient.Version version() {
                return response.version();
            }
        };
    }
}
