package org.provisionlens.dashboards.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Fixtures;
import org.provisionlens.dashboards.NationalFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * Sign-in through a council's identity provider, against a local stub provider ({@link OidcStubProvider}), with the
 * settings exactly as the README documents them (its YAML block, read from the README; only the issuer and the secret
 * are the stub's), the whole flow over real HTTP with cookies: the dashboards send the browser to the provider, which
 * sends it back with a code, the dashboards fetch and check the ID token and land the user on their role's page.
 */
@DashboardsTest
@Import(OidcSignInTests.SignInEvents.class)
class OidcSignInTests {

    static final String SECRET = "stub-secret";
    static final OidcStubProvider PROVIDER = new OidcStubProvider("provision-lens", SECRET);

    @DynamicPropertySource
    static void theReadmesSettings(DynamicPropertyRegistry registry) {
        Map<String, Object> documented = readmeSettings();
        documented.forEach((name, value) -> registry.add(name, () -> value));
        registry.add("provision-lens.security.oidc.issuer-uri", PROVIDER::issuer);
        registry.add("provision-lens.security.oidc.client-secret", () -> SECRET);
    }

    @AfterAll
    static void stopTheProvider() {
        PROVIDER.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignInEvents events;

    long run;

    @BeforeEach
    void trafford() {
        new Fixtures(jdbc).reset();
        run = new NationalFixtures(jdbc).publish("E08000009", "Trafford", 3143);
        PROVIDER.fault = OidcStubProvider.Fault.NONE;
        events.all.clear();
    }

    @Test
    void theReadmeDocumentsEverySettingThisTestUses() {
        assertThat(readmeSettings())
                .containsEntry("provision-lens.security.oidc.client-id", "provision-lens")
                .containsEntry("provision-lens.security.oidc.display-name", "Sign in with Trafford Council")
                .containsEntry("provision-lens.security.oidc.roles-claim", "groups")
                .containsEntry("provision-lens.security.oidc.username-claim", "preferred_username")
                .containsEntry("provision-lens.security.oidc.roles[0].claim-value", "send-commissioners")
                .containsEntry("provision-lens.security.oidc.roles[0].role", "COMMISSIONER")
                .containsEntry("provision-lens.security.oidc.roles[2].claim-value", "send-review-panel")
                .containsEntry("provision-lens.security.oidc.roles[2].role", "PANEL")
                .containsKeys("provision-lens.security.oidc.issuer-uri", "provision-lens.security.oidc.client-secret");
    }

    @Test
    void theSignInPageOffersTheCouncilsButtonBesideTheForm() {
        String page = new Browser(port).get("/login").body();

        assertThat(page)
                .contains("<form method=\"post\" action=\"/login\"")
                .contains("href=\"/oauth2/authorization/council\"")
                .contains(">Sign in with Trafford Council</a>");
    }

    @Test
    void aCommissionerSignsInLandsOnSufficiencyWithACommissionersAccessAndSignsOut() {
        Flow flow = new Flow();

        HttpResponse<String> landed = flow.signIn(user("c.jones", "send-commissioners", "all-staff"));

        assertThat(landed.statusCode()).isEqualTo(302);
        assertThat(Browser.location(landed)).isEqualTo(base() + "/sufficiency");
        HttpResponse<String> held = flow.get("/comments/held");
        assertThat(held.statusCode()).isEqualTo(200);
        assertThat(held.body()).contains("(<span>c.jones</span>)");
        assertThat(flow.get("/proposals/new").statusCode()).isEqualTo(200);
        assertThat(flow.get("/runs/" + run).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "SELECT kind || ' ' || username || ' ' || roles || ' ' || sign_in_method FROM audit_event"
                                + " WHERE kind LIKE 'SIGN_IN%'",
                        String.class))
                .containsExactly("SIGN_IN c.jones COMMISSIONER OIDC");
        // the client's secret went to the token endpoint (the stub refuses a request without it)
        assertThat(PROVIDER.tokenRequests).isPositive();
        // signed in through the filter chain's authentication manager: Spring's success event, whose source is the
        // provider's OAuth2LoginAuthenticationToken, then the filter's interactive one with the
        // OAuth2AuthenticationToken
        // the session keeps; both carry the user's name and exactly the mapped role
        assertThat(events.all)
                .filteredOn(event -> event instanceof AuthenticationSuccessEvent)
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getAuthentication()).isInstanceOf(OAuth2LoginAuthenticationToken.class);
                    assertThat(event.getAuthentication().getName()).isEqualTo("c.jones");
                    assertThat(event.getAuthentication().getAuthorities())
                            .extracting(a -> a.getAuthority())
                            .containsExactly("ROLE_COMMISSIONER");
                });
        assertThat(events.all)
                .filteredOn(event -> event instanceof InteractiveAuthenticationSuccessEvent)
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getAuthentication()).isInstanceOf(OAuth2AuthenticationToken.class);
                    assertThat(event.getAuthentication().getName()).isEqualTo("c.jones");
                    assertThat(event.getAuthentication().getAuthorities())
                            .extracting(a -> a.getAuthority())
                            .containsExactly("ROLE_COMMISSIONER");
                });

        HttpResponse<String> signOut = flow.post("/logout", Map.of("_csrf", Browser.csrfToken(held.body())));
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(Browser.location(signOut)).endsWith("/login?logout");
        HttpResponse<String> after = flow.get("/sufficiency");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(Browser.location(after)).endsWith("/login");
    }

    @Test
    void aPanelMemberGetsExactlyThePanelsAccess() {
        Flow flow = new Flow();

        HttpResponse<String> landed = flow.signIn(user("p.khan", "send-review-panel"));

        assertThat(Browser.location(landed)).isEqualTo(base() + "/proposals");
        assertThat(flow.get("/proposals").statusCode()).isEqualTo(200);
        assertThat(flow.get("/sufficiency").statusCode()).isEqualTo(200);
        assertThat(flow.get("/board").statusCode()).isEqualTo(403);
        assertThat(flow.get("/runs/" + run).statusCode()).isEqualTo(403);
        assertThat(flow.get("/comments/held").statusCode()).isEqualTo(403);
        assertThat(flow.get("/proposals/new").statusCode()).isEqualTo(403);
    }

    @Test
    void aBoardMemberLandsOnTheBoardPackAndCannotOpenTheHeldComments() {
        Flow flow = new Flow();

        HttpResponse<String> landed = flow.signIn(user("b.oduya", "send-joint-board"));

        assertThat(Browser.location(landed)).isEqualTo(base() + "/board");
        assertThat(flow.get("/board").statusCode()).isEqualTo(200);
        assertThat(flow.get("/comments/held").statusCode()).isEqualTo(403);
    }

    @Test
    void aUserWhoseGroupsMapToNoRoleIsRefusedWithAClearMessage() {
        Flow flow = new Flow();

        HttpResponse<String> refused = flow.signIn(user("f.green", "finance", "all-staff"));

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(Browser.location(refused)).isEqualTo(base() + "/login?refused");
        assertThat(flow.get("/login?refused").body()).contains("Your account has no role in Provision Lens");
        assertThat(flow.get("/runs").statusCode()).isEqualTo(302);
        // one attempt, one row in the audit log (Spring's extra "provider not found" event is not a second attempt)
        assertThat(jdbc.queryForList(
                        "SELECT kind || ' ' || username || ' ' || sign_in_method FROM audit_event"
                                + " WHERE kind LIKE 'SIGN_IN%'",
                        String.class))
                .containsExactly("SIGN_IN_FAILED f.green OIDC");
        assertThat(events.all).noneMatch(event -> event instanceof AuthenticationSuccessEvent);
        assertThat(events.all)
                .filteredOn(event -> event instanceof AuthenticationFailureBadCredentialsEvent)
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getAuthentication()).isInstanceOf(OAuth2AuthenticationToken.class);
                    assertThat(event.getAuthentication().isAuthenticated()).isFalse();
                    assertThat(event.getAuthentication().getName()).isEqualTo("f.green");
                });
    }

    @Test
    void aTokenWithAWrongSignatureAudienceOrNonceIsRefused() {
        for (OidcStubProvider.Fault fault : List.of(
                OidcStubProvider.Fault.WRONG_SIGNATURE,
                OidcStubProvider.Fault.WRONG_AUDIENCE,
                OidcStubProvider.Fault.WRONG_NONCE)) {
            PROVIDER.fault = fault;
            Flow flow = new Flow();

            HttpResponse<String> refused = flow.signIn(user("c.jones", "send-commissioners"));

            assertThat(Browser.location(refused)).as(fault.name()).isEqualTo(base() + "/login?oidc-failed");
            assertThat(flow.get("/login?oidc-failed").body())
                    .as(fault.name())
                    .contains("Signing in through your council");
            assertThat(flow.get("/sufficiency").statusCode()).as(fault.name()).isEqualTo(302);
        }
        assertThat(events.all).noneMatch(event -> event instanceof AuthenticationSuccessEvent);
        assertThat(events.all)
                .filteredOn(event -> event instanceof AuthenticationFailureBadCredentialsEvent)
                .hasSize(3)
                .allSatisfy(event -> {
                    assertThat(event.getAuthentication()).isInstanceOf(OidcSignInAttempt.class);
                    assertThat(event.getAuthentication().getName()).isEqualTo("unknown");
                });
        // Spring's own: the form's authentication manager (the parent) finds no provider for the OIDC token; a
        // listener should ignore it (no user name)
        assertThat(events.all)
                .filteredOn(event -> event instanceof AbstractAuthenticationFailureEvent)
                .hasSize(6)
                .filteredOn(event -> event instanceof AuthenticationFailureProviderNotFoundEvent)
                .hasSize(3)
                .allSatisfy(event ->
                        assertThat(event.getAuthentication().getPrincipal()).isNull());
    }

    private static Map<String, Object> user(String name, String... groups) {
        return Map.of("sub", "sub-" + name, "preferred_username", name, "groups", List.of(groups));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** The README's YAML block of the section on identity providers, as flat property names and values. */
    static Map<String, Object> readmeSettings() {
        try {
            String readme = Files.readString(Path.of("..", "README.md"));
            int section = readme.indexOf("### Signing in through your council's identity provider");
            assertThat(section).as("the README's section").isPositive();
            int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
            String yaml = readme.substring(start, readme.indexOf("```", start));
            Map<String, Object> flat = new LinkedHashMap<>();
            flatten("", new Yaml().load(yaml), flat);
            return flat;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flatten(String prefix, Object value, Map<String, Object> flat) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, inner, flat));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), flat);
            }
        } else {
            flat.put(prefix, String.valueOf(value));
        }
    }

    /** A browser session with cookies that follows redirects by hand: to the provider and back. */
    private final class Flow {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        /** Clicks the button, lets the provider sign {@code user} in, and returns the dashboards' last answer. */
        HttpResponse<String> signIn(Map<String, Object> user) {
            PROVIDER.nextUser = user;
            HttpResponse<String> page = get("/login");
            assertThat(page.body()).contains("href=\"/oauth2/authorization/council\"");
            HttpResponse<String> toProvider = get("/oauth2/authorization/council");
            assertThat(toProvider.statusCode()).isEqualTo(302);
            assertThat(Browser.location(toProvider)).startsWith(PROVIDER.issuer() + "/authorize?");
            HttpResponse<String> back = send(HttpRequest.newBuilder(URI.create(Browser.location(toProvider))));
            assertThat(back.statusCode()).isEqualTo(302);
            assertThat(Browser.location(back)).startsWith(base() + "/login/oauth2/code/council?code=");
            return send(HttpRequest.newBuilder(URI.create(Browser.location(back))));
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html"));
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            StringBuilder body = new StringBuilder();
            form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                    .append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return send(HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every authentication event the application publishes, as the audit log would hear them. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SignInEvents {

        final List<AbstractAuthenticationEvent> all = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AbstractAuthenticationEvent event) {
            all.add(event);
        }
    }
}
