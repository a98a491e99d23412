package org.provisionlens.dashboards.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local OpenID Connect provider for tests, on a random loopback port (JDK {@link HttpServer}): discovery, keys,
 * authorisation (which signs in {@link #nextUser} at once and sends the browser back with a code, the state and the
 * nonce kept), token (an RS256-signed ID token, made with nimbus-jose-jwt, after checking the client's id and secret),
 * and user info. {@link #fault} makes the next tokens wrong in one way: signed by another key, for another audience, or
 * with another nonce.
 */
final class OidcStubProvider implements AutoCloseable {

    enum Fault {
        NONE,
        WRONG_SIGNATURE,
        WRONG_AUDIENCE,
        WRONG_NONCE
    }

    private record Grant(String clientId, String nonce, Map<String, Object> user) {}

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey otherKey;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> accessTokens = new ConcurrentHashMap<>();
    volatile Map<String, Object> nextUser = Map.of();
    volatile Fault fault = Fault.NONE;
    volatile int tokenRequests;

    OidcStubProvider(String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        try {
            key = new RSAKeyGenerator(2048).keyID("stub-key").generate();
            // the same key id, another key: the signature cannot be verified with the published key
            otherKey = new RSAKeyGenerator(2048).keyID("stub-key").generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/jwks", exchange -> send(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/userinfo", this::userInfo);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String issuer = issuer();
        send(exchange, 200, """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/jwks", "userinfo_endpoint": "%1$s/userinfo", "response_types_supported": ["code"],
                 "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"],
                 "scopes_supported": ["openid", "profile", "email"],
                 "token_endpoint_auth_methods_supported": ["client_secret_basic"]}
                """.formatted(issuer));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        grants.put(code, new Grant(query.get("client_id"), query.get("nonce"), nextUser));
        String location = query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", location);
        send(exchange, 302, "");
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests++;
        String expected = "Basic "
                + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"error\": \"invalid_client\"}");
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = grants.remove(form.get("code"));
        if (grant == null || !clientId.equals(grant.clientId())) {
            send(exchange, 400, "{\"error\": \"invalid_grant\"}");
            return;
        }
        String accessToken = UUID.randomUUID().toString();
        accessTokens.put(accessToken, grant.user());
        send(exchange, 200, """
                {"access_token": "%s", "token_type": "Bearer", "expires_in": 300, "scope": "openid profile email",
                 "id_token": "%s"}
                """.formatted(accessToken, idToken(grant)));
    }

    private String idToken(Grant grant) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .audience(List.of(fault == Fault.WRONG_AUDIENCE ? "another-client" : clientId))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", fault == Fault.WRONG_NONCE ? "not-the-nonce" : grant.nonce());
        grant.user().forEach(claims::claim);
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("stub-key").build(), claims.build());
            jwt.sign(new RSASSASigner(fault == Fault.WRONG_SIGNATURE ? otherKey : key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Map<String, Object> user =
                authorization == null ? null : accessTokens.get(authorization.replaceFirst("^Bearer ", ""));
        if (user == null) {
            send(exchange, 401, "{\"error\": \"invalid_token\"}");
            return;
        }
        StringBuilder json = new StringBuilder("{");
        user.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append('"').append(name).append("\": ").append(json(value));
        });
        send(exchange, 200, json.append('}').toString());
    }

    private static String json(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(OidcStubProvider::json).toList().toString();
        }
        return "\"" + value + "\"";
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int at = pair.indexOf('=');
            values.put(
                    URLDecoder.decode(at < 0 ? pair : pair.substring(0, at), StandardCharsets.UTF_8),
                    at < 0 ? "" : URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (status != 302) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
