package org.provisionlens.dashboards.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.provisionlens.dashboards.Browser;

/**
 * A real HTTP client with a session that does not follow redirects, and comes, as the dashboards see it, through the
 * trusted local proxy: with {@code X-Forwarded-For} (its own client address) and, if asked, {@code X-Forwarded-Proto:
 * https}.
 */
public final class Visitor {

    private final String base;
    private final String address;
    private final boolean https;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public Visitor(int port, String address) {
        this(port, address, false);
    }

    public Visitor(int port, String address, boolean https) {
        this.base = "http://localhost:" + port;
        this.address = address;
        this.https = https;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Fetches the sign-in page for its CSRF token and posts the form; the response to the POST. */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", Browser.csrfToken(page.body()));
        return post("/login", form);
    }

    /** Signs in and checks that it worked. */
    public Visitor signedIn(String username, String password) {
        HttpResponse<String> response = signIn(username, password);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Browser.location(response)).as("signed in as " + username).doesNotContain("/login");
        return this;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html,*/*;q=0.8")
                .header("X-Forwarded-For", address);
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
